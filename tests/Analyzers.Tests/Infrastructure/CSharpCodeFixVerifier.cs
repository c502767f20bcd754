using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer and its code fix on the standard Roslyn test harness
/// (<c>Microsoft.CodeAnalysis.CSharp.CodeFix.Testing</c>): the diagnostics are markup in the source, the fixed source
/// is compared exactly, and the harness also applies Fix All in the document, the project and the solution.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
/// <typeparam name="TCodeFix">The code fix provider.</typeparam>
internal static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A diagnostic of <paramref name="descriptor"/>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>
    /// Asserts the diagnostics of <paramref name="sources"/> (markup; the first is the one fixed) and that the fix,
    /// one at a time and Fix All, turns it into <paramref name="fixedSource"/>; the other sources stay as they are.
    /// </summary>
    public static Task VerifyCodeFixAsync(string[] sources, string fixedSource, bool compilerErrors = false, params DiagnosticResult[] expected) =>
        VerifyCodeFixAsync(sources, new[] { fixedSource }.Concat(sources.Skip(1)).ToArray(), compilerErrors, expected);

    /// <summary>Asserts that every source of <paramref name="sources"/> becomes the matching one of <paramref name="fixedSources"/>.</summary>
    public static Task VerifyCodeFixAsync(string[] sources, string[] fixedSources, bool compilerErrors = false, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        if (compilerErrors)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The harness's code fix test, set up for this repository.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        /// <summary>A library compilation against the local references, C# latest, nullable on.</summary>
        public Test()
        {
            ReferenceAssemblies = LocalReferenceAssemblies.None;
            LocalReferenceAssemblies.AddTo(TestState);
            TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            MarkupOptions = MarkupOptions.UseFirstDescriptor; // MP0003 has two descriptors; markup checks id, span and severity
        }

        /// <inheritdoc />
        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        /// <inheritdoc />
        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
