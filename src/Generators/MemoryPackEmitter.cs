using Multiprocessing.Rules;
using static Multiprocessing.Generators.GeneratedSource;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Emits the marshaller of a <c>[MemoryPackable]</c> type (<see cref="TravelKind.MemoryPack"/>): a 32-bit byte count,
    /// then MemoryPack's own bytes, written straight into the message through <c>MarshalWriter</c>'s
    /// <c>IBufferWriter&lt;byte&gt;</c> view and read from the message's span without a copy.
    /// </summary>
    /// <remarks>
    /// MemoryPack is called on the concrete type (<c>MemoryPackSerializer.Serialize&lt;Order, MarshalWriter&gt;</c>),
    /// never through a helper generic over <c>T</c>: under NativeAOT that crashed in <c>Serialize&lt;__Canon&gt;</c> and
    /// warned IL2091/IL3050. The code is emitted only in compilations that reference MemoryPack (the SDK itself takes
    /// no dependency on it).
    /// </remarks>
    internal static class MemoryPackEmitter
    {
        private const string MemoryPack = "global::MemoryPack.";

        /// <summary>The marshaller class's name for <paramref name="type"/> (unique per registry with the others').</summary>
        public static string MarshallerName(MarshalTypeModel type) => TypeNames.Sanitize(StripGlobal(type.TypeName)) + "_MemoryPackMarshaller";

        /// <summary>Writes the marshaller class for <paramref name="type"/>, named <paramref name="name"/>.</summary>
        /// <param name="w">The registry being written.</param>
        /// <param name="type">The <see cref="TravelKind.MemoryPack"/> type.</param>
        /// <param name="name">The class name.</param>
        public static void Emit(CodeWriter w, MarshalTypeModel type, string name)
        {
            string typeName = type.TypeName + (type.IsReferenceType ? "?" : string.Empty);
            OpenMarshallerClass(w, name, typeName, "Marshals <c>" + Escape(type.DisplayName) + "</c> with MemoryPack (it is [MemoryPackable]): a 32-bit byte count, then MemoryPack's bytes.");
            w.Line("public void Write(" + Marshalling + "MarshalWriter writer, " + typeName + " value)");
            w.Open();
            w.Line(FormattersClass + ".Ensure();");
            w.Line("int start = writer.BeginLengthPrefixed();");
            EmitCall(
                w,
                MemoryPack + "MemoryPackSerializer.Serialize<" + type.TypeName + ", " + Marshalling + "MarshalWriter>(writer, value);",
                "MemoryPack could not write " + type.DisplayName + ": ");
            w.Line();
            w.Line("writer.EndLengthPrefixed(start);");
            w.Close();
            w.Line();
            w.Line("public " + typeName + " Read(ref " + Marshalling + "MarshalReader reader)");
            w.Open();
            w.Line(FormattersClass + ".Ensure();");
            w.Line("// The count is checked against the bytes left, and MemoryPack checks every length inside against the");
            w.Line("// region's bytes: what a read allocates is bounded by its input. No copy: MemoryPack reads the message.");
            w.Line("int length = reader.ReadLengthHeader(1);");
            w.Line("if (length < 0)");
            w.Open();
            w.Line("throw new " + Marshalling + "MarshalException(" + Literal("Malformed data: a null length header was found for the MemoryPack value " + type.DisplayName + ".") + ");");
            w.Close();
            w.Line();
            w.Line("global::System.ReadOnlySpan<byte> bytes = reader.ReadRaw(length);");
            w.Line(typeName + " value = default;");
            w.Line("int consumed;");
            EmitCall(
                w,
                "consumed = " + MemoryPack + "MemoryPackSerializer.Deserialize<" + type.TypeName + ">(bytes, ref value);",
                "Malformed data: MemoryPack could not read " + type.DisplayName + ": ");
            w.Line();
            w.Line("if (consumed != length)");
            w.Open();
            w.Line("throw new " + Marshalling + "MarshalException(\"Malformed data: MemoryPack read \" + consumed + \" of the \" + length + " + Literal(" bytes of " + type.DisplayName + ".") + ");");
            w.Close();
            w.Line();
            w.Line("return value;");
            w.Close();
            w.Close();
        }

        /// <summary>
        /// Writes <paramref name="call"/> in a <c>try</c> whose <c>catch</c> turns MemoryPack's exception into a
        /// <c>MarshalException</c>: <paramref name="message"/>, then MemoryPack's own message.
        /// </summary>
        /// <param name="w">The registry being written.</param>
        /// <param name="call">The statement that calls MemoryPack.</param>
        /// <param name="message">The start of the exception's message.</param>
        private static void EmitCall(CodeWriter w, string call, string message)
        {
            w.Line("try");
            w.Open();
            w.Line(call);
            w.Close();
            w.Line("catch (" + MemoryPack + "MemoryPackSerializationException e)");
            w.Open();
            w.Line("throw new " + Marshalling + "MarshalException(" + Literal(message) + " + e.Message, e);");
            w.Close();
        }

        private const string FormattersClass = "MemoryPackFormatters";

        /// <summary>
        /// Writes the class that registers MemoryPack's formatter for every <c>[MemoryPackable]</c> type of the registry,
        /// without reflection (under NativeAOT, MemoryPack's own reflection lookup of a nested type's formatter fails),
        /// on the first MemoryPack read or write: not when the module loads, so that a child that never touches a
        /// MemoryPack type does not pay for MemoryPack's start-up (its formatter provider's static tables).
        /// </summary>
        /// <param name="w">The registry being written.</param>
        /// <param name="types">The registry's types.</param>
        public static void EmitFormatterRegistry(CodeWriter w, IReadOnlyList<MarshalTypeModel> types)
        {
            if (!types.Any(static t => t.Kind == TravelKind.MemoryPack))
            {
                return;
            }

            w.Line();
            w.Line("/// <summary>Registers MemoryPack's formatters for this assembly's [MemoryPackable] types, once, on first use.</summary>");
            w.Line(GeneratedCode);
            w.Line("file static class " + FormattersClass);
            w.Open();
            w.Line("private static volatile bool s_registered;");
            w.Line();
            w.Line("public static void Ensure()");
            w.Open();
            w.Line("if (!s_registered)");
            w.Open();
            w.Line("Register();");
            w.Close();
            w.Close();
            w.Line();
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            w.Line("private static void Register()");
            w.Open();
            foreach (var type in types)
            {
                if (type.Kind == TravelKind.MemoryPack && type.RegistersFormatter)
                {
                    w.Line(MemoryPack + "MemoryPackFormatterProvider.Register<" + type.TypeName + ">();");
                }
            }

            w.Line("s_registered = true; // registering twice (two threads at once) is harmless");
            w.Close();
            w.Close();
        }
    }
}
