using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

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
    public static async Task VerifyCodeFixAsync(string[] sources, string[] fixedSources, bool compilerErrors = false, params DiagnosticResult[] expected)
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
        await test.RunAsync(CancellationToken.None);
        AssertOnlyOneFixOffered(test);
    }

    /// <summary>
    /// Asserts that the only fix offered for the diagnostic written as markup in the first of
    /// <paramref name="sources"/> is titled <paramref name="title"/> and turns it into <paramref name="fixedSource"/>
    /// (one at a time and Fix All).
    /// </summary>
    public static async Task VerifyOnlyCodeFixAsync(
        string[] sources, string fixedSource, string title, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None)
    {
        var test = Create(sources, new[] { fixedSource }.Concat(sources.Skip(1)).ToArray(), outputKind);
        test.CodeFixTestBehaviors = behaviors;
        test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        await test.RunAsync(CancellationToken.None);
        AssertOnlyOneFixOffered(test);
    }

    // The fix was chosen without a title: it must have been the only one offered.
    private static void AssertOnlyOneFixOffered(Test test)
    {
        foreach (var titles in test.OfferedFixes)
        {
            if (titles.Count > 1)
            {
                throw new InvalidOperationException("More than one fix was offered, so the test must say which: " + string.Join(", ", titles));
            }
        }
    }

    /// <summary>
    /// Asserts that the fix titled <paramref name="title"/> (registered under <paramref name="equivalenceKey"/>), one
    /// at a time and Fix All, turns the first of <paramref name="sources"/> into <paramref name="fixedSource"/>.
    /// </summary>
    public static Task VerifyCodeFixAsync(string[] sources, string fixedSource, string title, string equivalenceKey, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = Create(sources, new[] { fixedSource }.Concat(sources.Skip(1)).ToArray(), outputKind);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// The titles of the fixes offered for the diagnostic written as markup in <paramref name="sources"/> (the harness
    /// is run with no fix applied: the markup must stay true).
    /// </summary>
    public static async Task<IReadOnlyList<string>> GetFixTitlesAsync(
        string[] sources, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None)
    {
        var test = Create(sources, sources, outputKind);
        test.CodeFixTestBehaviors = behaviors;
        test.CodeActionIndex = int.MaxValue; // choose none: only the offer is recorded
        await test.RunAsync(CancellationToken.None);
        return test.OfferedFixes.Count == 0 ? Array.Empty<string>() : test.OfferedFixes[0];
    }

    /// <summary>A test of <paramref name="sources"/> that the fix turns into <paramref name="fixedSources"/>.</summary>
    public static Test Create(string[] sources, string[] fixedSources, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = new Test();
        test.TestState.OutputKind = outputKind;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        return test;
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

        /// <summary>The titles of the fixes offered, one list for each time the harness asked the provider.</summary>
        public List<List<string>> OfferedFixes { get; } = new();

        /// <inheritdoc />
        protected override CodeFixContext CreateCodeFixContext(
            Document document, TextSpan span, ImmutableArray<Diagnostic> diagnostics, Action<CodeAction, ImmutableArray<Diagnostic>> registerCodeFix, CancellationToken cancellationToken)
        {
            var titles = new List<string>();
            OfferedFixes.Add(titles);
            return base.CreateCodeFixContext(
                document,
                span,
                diagnostics,
                (action, fixedDiagnostics) =>
                {
                    titles.Add(action.Title);
                    registerCodeFix(action, fixedDiagnostics);
                },
                cancellationToken);
        }

        /// <inheritdoc />
        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        /// <inheritdoc />
        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
