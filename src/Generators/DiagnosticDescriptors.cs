using System;

namespace Multiprocessing.Generators
{
    /// <summary>Every diagnostic the generator reports (errors at the user's code).</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Multiprocessing";

        /// <summary>
        /// The base of every help link, the id and <c>.md</c> appended: the same absolute link as the analyzers' (an IDE
        /// opens a relative one against nothing).
        /// </summary>
        internal const string HelpLinkBase = "https://github.com/multiprocessing-dotnet/multiprocessing/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor TargetNotStatic = Create(
            "MP0101",
            "A [ProcessTarget] method must be static",
            "'{0}' is marked [ProcessTarget] but is not static: a child process can only run a static method, because an instance cannot travel with it. Make the method static and pass what it needs as parameters.");

        public static readonly DiagnosticDescriptor TypeNotMarshallable = Create(
            "MP0102",
            "A type cannot be marshalled to a child process",
            "'{0}' of type '{1}' cannot be marshalled to a child process: {2}.");

        public static readonly DiagnosticDescriptor GenericTarget = Create(
            "MP0103",
            "A process target cannot be generic",
            "'{0}' is generic or is declared in a generic type: the child cannot know which type arguments to use. Use a non-generic method (or type) with concrete parameter types.");

        public static readonly DiagnosticDescriptor ByRefParameter = Create(
            "MP0104",
            "A process target cannot take ref, out, in or pointer parameters",
            "'{0}' of '{1}' is {2}: arguments are copied to another process, so they cannot be passed by reference or as pointers. Pass the value, and return what the caller needs.");

        public static readonly DiagnosticDescriptor ProcessClassNotPartial = Create(
            "MP0105",
            "A ChildProcess subclass must be partial",
            "'{0}' derives from ChildProcess but {1} is not partial: the generator adds the code that copies its fields to the child. Add the 'partial' modifier.");

        public static readonly DiagnosticDescriptor TooManyParameters = Create(
            "MP0106",
            "A process target has more than 8 parameters",
            "'{0}' has {1} parameters but ChildProcess.Create supports at most 8. Group the parameters in a record and pass that.");

        public static readonly DiagnosticDescriptor NotAccessible = Create(
            "MP0107",
            "A process target is not accessible from generated code",
            "'{0}' is not accessible from generated code because {1} is {2}. Make it internal or public.");

        public static readonly DiagnosticDescriptor AsyncVoidTarget = Create(
            "MP0108",
            "A process target cannot be async void",
            "'{0}' is async void: the child could not wait for it to finish nor report its exception. Return Task instead.");

        public static readonly DiagnosticDescriptor ProcessClassPrimaryConstructor = Create(
            "MP0109",
            "A ChildProcess subclass cannot have a primary constructor",
            "'{0}' derives from ChildProcess and has a primary constructor: its captured parameters cannot be copied to the child. Declare fields and an ordinary constructor instead.");

        public static readonly DiagnosticDescriptor ManagedTypeInvalid = Create(
            "MP0110",
            "A [ManagedType] class cannot be served by a manager",
            "'{0}' is marked [ManagedType] but {1}");

        public static readonly DiagnosticDescriptor ManagedMemberSkipped = Create(
            "MP0111",
            "A public member of a [ManagedType] class cannot be called through its proxy",
            "'{0}' of [ManagedType] class '{1}' cannot be called through its proxy: {2}. Make it internal or private to keep it off the proxy, or change it.");

        private static readonly DiagnosticDescriptor[] s_all =
        {
            TargetNotStatic, TypeNotMarshallable, GenericTarget, ByRefParameter, ProcessClassNotPartial,
            TooManyParameters, NotAccessible, AsyncVoidTarget, ProcessClassPrimaryConstructor,
            ManagedTypeInvalid, ManagedMemberSkipped,
        };

        public static DiagnosticDescriptor Find(string id)
        {
            foreach (var descriptor in s_all)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            throw new ArgumentException("Unknown diagnostic id " + id, nameof(id));
        }

        private static DiagnosticDescriptor Create(string id, string title, string message) =>
            new(
                id,
                title,
                message,
                Category,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id + ".md");
    }
}
