using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.StaticStateWriteInTargetAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

public class StaticStateWriteInTargetTests
{
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

    [Theory]
    [InlineData("{|MP0007:State.Counter|} = x;", "field", "State.Counter")]
    [InlineData("{|MP0007:State.Counter|} += x;", "field", "State.Counter")]
    [InlineData("{|MP0007:State.Counter|}++;", "field", "State.Counter")]
    [InlineData("--{|MP0007:State.Counter|};", "field", "State.Counter")]
    [InlineData("{|MP0007:State.Last|} ??= \"x\";", "property", "State.Last")]
    [InlineData("{|MP0007:State.Last|} = x.ToString();", "property", "State.Last")]
    [InlineData("{|MP0007:s_local|} = x;", "field", "Work.s_local")]
    [InlineData("Interlocked.Increment(ref {|MP0007:State.Counter|});", "field", "State.Counter")]
    [InlineData("System.Action a = () => {|MP0007:State.Counter|} = 1; a();", "field", "State.Counter")]
    public Task Fires_when_a_target_writes_static_state(string body, string kind, string member) =>
        Verify.VerifyMessagesAsync(new[] { Source(body) }, new[] { $"'Work.Target' writes the static {kind} '{member}'", "SharedValue<T>" });

    [Theory]
    [InlineData("var y = State.Counter + State.Limit; System.Console.WriteLine(y);")]
    [InlineData("State.Shared.Value = x;")]
    [InlineData("var local = 0; local += x;")]
    public Task Silent_on_reads_shared_values_and_locals(string body) =>
        Verify.VerifyAnalyzerAsync(new[] { Source(body) });

    [Fact]
    public Task Silent_outside_targets() =>
        Verify.VerifyAnalyzerAsync(new[] { Source("State.Counter = x;", attribute: "") });

    [Fact]
    public Task Fires_in_the_Run_override_of_a_ChildProcess_subclass()
    {
        const string Source = """
            using Multiprocessing;

            public class Worker : ChildProcess
            {
                public static int Done;

                public override void Run() => {|MP0007:Done|} = 1;

                public void NotRun() => Done = 2;
            }
            """;
        return Verify.VerifyMessagesAsync(new[] { Source }, new[] { "'Worker.Run' writes the static field 'Worker.Done'" });
    }
}
