using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators.Tests;

public class IncrementalTests
{
    private static readonly string[] s_trackedSteps =
    {
        "ProcessTargets", "ProcessTargetModels", "ProcessClasses", "ProcessClassModels", "Registry", "Diagnostics",
    };

    [Fact]
    public void Unrelated_edits_reuse_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(TestSources.Targets, TestSources.ProcessClasses);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Empty(first.GeneratorDiagnostics);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "// an unrelated file\nnamespace Other { public class Unrelated { public int X; } }", GeneratorHarness.ParseOptions, path: "Other.cs"));
        var second = GeneratorHarness.Run(first.Driver, edited);
        AssertSameSources(first, second);

        var result = second.Driver.GetRunResult().Results.Single();
        foreach (var step in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "Missing tracked step " + step);
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + r));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(outputs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + r));
    }

    internal static void AssertSameSources(GeneratorRun first, GeneratorRun second)
    {
        Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
        for (int i = 0; i < first.Sources.Length; i++)
        {
            Assert.True(first.Sources[i].Source == second.Sources[i].Source, first.Sources[i].HintName + ":\n" + Snapshots.Diff(first.Sources[i].Source, second.Sources[i].Source));
        }
    }

    [Fact]
    public void Editing_a_target_regenerates_the_registry()
    {
        var compilation = GeneratorHarness.CreateCompilation(TestSources.Targets);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        var tree = compilation.SyntaxTrees.Single();
        var newTree = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            tree.ToString().Replace("public static int Square(int x)", "public static long Square(int x)"))).WithRootAndOptions(
            CSharpSyntaxTree.ParseText(tree.ToString().Replace("public static int Square(int x)", "public static long Square(int x)"), GeneratorHarness.ParseOptions).GetRoot(), GeneratorHarness.ParseOptions);
        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, newTree));
        Assert.Contains("global::System.Func<int, long>(global::Demo.Worker.Square)", second.Sources.Single().Source);
        var registry = second.Driver.GetRunResult().Results.Single().TrackedSteps["Registry"];
        Assert.Contains(registry.SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Models_hold_no_symbols_or_syntax()
    {
        var compilation = GeneratorHarness.CreateCompilation(TestSources.Targets, TestSources.Types, TestSources.ProcessClasses);
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        var result = run.Driver.GetRunResult().Results.Single();
        foreach (var step in s_trackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, 0);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel, step + " holds a " + value.GetType());
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
        }
    }
}
