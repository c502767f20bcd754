namespace Multiprocessing.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void The_generated_code_for_targets_matches_its_snapshot() => Snapshots.Verify(nameof(TestSources.Targets), GeneratorHarness.RunClean(TestSources.Targets));

    [Fact]
    public void The_generated_code_for_types_matches_its_snapshot() => Snapshots.Verify(nameof(TestSources.Types), GeneratorHarness.RunClean(TestSources.Types));

    [Fact]
    public void The_generated_code_for_process_classes_matches_its_snapshot() => Snapshots.Verify(nameof(TestSources.ProcessClasses), GeneratorHarness.RunClean(TestSources.ProcessClasses));

    [Fact]
    public void No_targets_means_no_output()
    {
        var run = GeneratorHarness.RunClean("namespace A { public class B { } }");
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var first = GeneratorHarness.Run(TestSources.Targets, TestSources.Types).Sources;
        var second = GeneratorHarness.Run(TestSources.Types, TestSources.Targets).Sources;
        Assert.Equal(first.Length, second.Length);
        for (int i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i].HintName, second[i].HintName);
            Assert.True(first[i].Source == second[i].Source, Snapshots.Diff(first[i].Source, second[i].Source));
        }
    }
}
