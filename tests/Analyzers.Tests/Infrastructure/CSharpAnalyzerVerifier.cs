using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer on the standard Roslyn test harness (<c>Microsoft.CodeAnalysis.CSharp.Analyzer.Testing</c>):
/// expected diagnostics are written in the source as markup (<c>[|...|]</c>, <c>{|MP0003:...|}</c>, <c>{|#0:...|}</c>),
/// the compilation references the installed targeting pack and Multiprocessing.dll, and the harness also checks that
/// the diagnostics are not reported in generated code and can be suppressed.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
internal static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's only descriptor, to locate with <c>WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic() => new DiagnosticResult(new TAnalyzer().SupportedDiagnostics[0]);

    /// <summary>A diagnostic of <paramref name="descriptor"/>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Asserts that the analyzer reports exactly <paramref name="expected"/> and the markup of <paramref name="sources"/>.</summary>
    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(sources, compilerErrors: false, expected);

    /// <summary>
    /// As <see cref="VerifyAnalyzerAsync(string[], DiagnosticResult[])"/>; with <paramref name="compilerErrors"/>
    /// the compiler's own diagnostics are not compared (for calls that do not compile, MP0002).
    /// </summary>
    public static Task VerifyAnalyzerAsync(string[] sources, bool compilerErrors, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (compilerErrors)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Asserts the diagnostics written as markup in <paramref name="sources"/> (<c>{|MP0004:...|}</c>: id, span and
    /// severity) and that the message of every one of them contains each of <paramref name="messageContains"/>.
    /// </summary>
    public static Task VerifyMessagesAsync(string[] sources, string[] messageContains, bool compilerErrors = false, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = new Test { MessageContains = messageContains };
        test.TestState.OutputKind = outputKind;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (compilerErrors)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The harness's analyzer test, set up for this repository.</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        /// <summary>A library compilation against the local references, C# latest, nullable on.</summary>
        public Test()
        {
            ReferenceAssemblies = LocalReferenceAssemblies.None;
            LocalReferenceAssemblies.AddTo(TestState);
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            MarkupOptions = MarkupOptions.UseFirstDescriptor; // MP0003 has two descriptors; markup checks id, span and severity
            DiagnosticVerifier = (actual, _, verifier) =>
            {
                var message = actual.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var part in MessageContains)
                {
                    verifier.True(message.Contains(part, StringComparison.Ordinal), $"The message of {actual.Id} does not contain \"{part}\": {message}");
                }

                verifier.True(message.StartsWith(MessageStartsWith, StringComparison.Ordinal), $"The message of {actual.Id} does not start with \"{MessageStartsWith}\": {message}");
                foreach (var (key, value) in Properties)
                {
                    verifier.True(actual.Properties.TryGetValue(key, out var found) && found == value, $"The property {key} of {actual.Id} is not \"{value}\": {message}");
                }
            };
        }

        /// <summary>Text that the message of every reported diagnostic must start with.</summary>
        public string MessageStartsWith { get; init; } = string.Empty;

        /// <summary>Properties that every reported diagnostic must carry with these values (markup does not check them).</summary>
        public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

        /// <summary>
        /// Compiles without Multiprocessing.dll (set before the test runs), for the analyzers' check that the SDK is
        /// referenced at all.
        /// </summary>
        public bool WithoutSdk
        {
            init
            {
                if (value)
                {
                    TestState.AdditionalReferences.Remove(LocalReferenceAssemblies.Sdk);
                }
            }
        }

        /// <summary>Global analyzer-config options, as MSBuild passes <c>CompilerVisibleProperty</c> values (<c>build_property.PublishAot</c>).</summary>
        public IReadOnlyDictionary<string, string> GlobalOptions
        {
            init => TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Concat(value.Select(p => $"{p.Key} = {p.Value}\n"))));
        }

        /// <summary>Text that the message of every reported diagnostic must contain (markup does not check messages).</summary>
        public IReadOnlyList<string> MessageContains { get; init; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        /// <inheritdoc />
        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
