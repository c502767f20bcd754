using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class StaticStateWriteInTargetTests
{
    private static readonly StaticStateWriteInTargetAnalyzer Analyzer = new();

    private static string Source(string targetBody, string attribute = "[ProcessTarget]") => $$"""
        using System.Threading;
        using Multiprocessing;

        // Stands in for the SDK's SharedValue<T> (issue 4) until it exists: writing its Value is not a static write.
        public sealed class SharedValue<T> { public T? Value { get; set; } }

        public static class State
        {
            public static int Counter;
            public static string? Last { get; set; }
            public static readonly SharedValue<int> Shared = new();
            public const int Limit = 10;
        }

        public static class Work
        {
            private static int s_local;

            {{attribute}}
            public static void Target(int x)
            {
                {{targetBody}}
            }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string source) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, source, OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("State.Counter = x;", "field", "State.Counter")]
    [InlineData("State.Counter += x;", "field", "State.Counter")]
    [InlineData("State.Counter++;", "field", "State.Counter")]
    [InlineData("--State.Counter;", "field", "State.Counter")]
    [InlineData("State.Last ??= \"x\";", "property", "State.Last")]
    [InlineData("State.Last = x.ToString();", "property", "State.Last")]
    [InlineData("s_local = x;", "field", "Work.s_local")]
    [InlineData("Interlocked.Increment(ref State.Counter);", "field", "State.Counter")]
    [InlineData("System.Action a = () => State.Counter = 1; a();", "field", "State.Counter")]
    public async Task Fires_when_a_target_writes_static_state(string body, string kind, string member)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(Source(body)), "MP0007");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"'Work.Target' writes the static {kind} '{member}'", diagnostic.GetMessage());
        Assert.Contains("SharedValue<T>", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var y = State.Counter + State.Limit; System.Console.WriteLine(y);")]
    [InlineData("State.Shared.Value = x;")]
    [InlineData("var local = 0; local += x;")]
    public async Task Silent_on_reads_shared_values_and_locals(string body) =>
        Assert.Empty(await Run(Source(body)));

    [Fact]
    public async Task Silent_outside_targets() =>
        Assert.Empty(await Run(Source("State.Counter = x;", attribute: "")));

    [Fact]
    public async Task Fires_in_the_Run_override_of_a_ChildProcess_subclass()
    {
        const string Source = """
            using Multiprocessing;

            public class Worker : ChildProcess
            {
                public static int Done;

                public override void Run() => Done = 1;

                public void NotRun() => Done = 2;
            }
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Source), "MP0007");
        Assert.Contains("'Worker.Run' writes the static field 'Worker.Done'", diagnostic.GetMessage());
    }
}
