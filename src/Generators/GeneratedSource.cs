using System;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// The text every emitter writes the same way (<see cref="Emitter"/>, <see cref="ManagedTypeEmitter"/>,
    /// <see cref="MemoryPackEmitter"/>): the SDK's marshalling namespace, the attributes on generated types, literals
    /// and XML-escaped names. Pure string work.
    /// </summary>
    internal static class GeneratedSource
    {
        /// <summary>The global-qualified namespace of the SDK's marshalling API, with its trailing dot.</summary>
        public const string Marshalling = "global::Multiprocessing.Marshalling.";

        /// <summary>The <c>[GeneratedCode]</c> attribute line, with this generator's version.</summary>
        public const string GeneratedCode =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"Multiprocessing.Generators\", \"" + ThisAssembly.Version + "\")]";

        /// <summary>The attribute line that hides a generated member from IntelliSense.</summary>
        public const string NeverBrowsable =
            "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        /// <summary>
        /// Writes the head of a generated marshaller, <c>file sealed class name : IProcessMarshaller&lt;typeName&gt;</c>
        /// with its summary and <c>[GeneratedCode]</c>, and opens its body.
        /// </summary>
        /// <param name="w">The file being written.</param>
        /// <param name="name">The class name.</param>
        /// <param name="typeName">The marshalled type, as the interface's type argument.</param>
        /// <param name="summary">The class's summary, XML-escaped.</param>
        public static void OpenMarshallerClass(CodeWriter w, string name, string typeName, string summary)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line(GeneratedCode);
            w.Line("file sealed class " + name + " : " + Marshalling + "IProcessMarshaller<" + typeName + ">");
            w.Open();
        }

        /// <summary><paramref name="value"/> as a C# string literal, quoted and escaped.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The literal.</returns>
        public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary><paramref name="text"/> escaped for an XML doc comment (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The escaped text.</returns>
        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary><paramref name="name"/> without its leading <c>global::</c>, if any.</summary>
        /// <param name="name">A global-qualified name.</param>
        /// <returns>The name as a namespace-qualified one.</returns>
        public static string StripGlobal(string name) => name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
    }
}
