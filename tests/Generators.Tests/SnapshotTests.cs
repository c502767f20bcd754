namespace Multiprocessing.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void Targets() => Snapshots.Verify(nameof(Targets), GeneratorHarness.RunClean(TestSources.Targets));

    [Fact]
    public void Types() => Snapshots.Verify(nameof(Types), GeneratorHarness.RunClean(TestSources.Types));

    [Fact]
    public void ProcessClasses() => Snapshots.Verify(nameof(ProcessClasses), GeneratorHarness.RunClean(TestSources.ProcessClasses));

    [Fact]
    public void NoTargetsNoOutput()
    {
        var run = GeneratorHarness.RunClean("namespace A { public class B { } }");
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void OutputIsDeterministic()
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
