using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.NonStaticTargetAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

public class NonStaticTargetTests
{
    private static string[] Sources(string body) => new[]
    {
        $$"""
        using System;
        using Multiprocessing;

        public class App
        {
            private int _field;
            public void Instance(int x) => _field = x;

            public void Go()
            {
                {{body}}
            }
        }
        """,
        PitfallTestSources.Targets,
    };

    [Theory]
    [InlineData("ChildProcess.Create({|MP0003:x => Console.WriteLine(x)|}, 5).Start();", "a lambda")]
    [InlineData("ChildProcess.Create({|MP0003:() => 42|}).Start();", "a lambda")]
    [InlineData("ChildProcess.Create({|MP0003:delegate (int x) { }|}, 5).Start();", "an anonymous method")]
    [InlineData("void Local(int x) { } ChildProcess.Create({|MP0003:Local|}, 5).Start();", "the local function 'Local'")]
    [InlineData("ChildProcess.Create({|MP0003:Instance|}, 5).Start();", "the instance method 'App.Instance'")]
    [InlineData("ChildProcess.Create({|MP0003:this.Instance|}, 5).Start();", "the instance method 'App.Instance'")]
    [InlineData("ChildProcess.Create({|MP0003:new Action<int>(Instance)|}, 5).Start();", "the instance method 'App.Instance'")]
    public Task Fires_on_targets_a_child_cannot_find(string body, string what) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { what, "static method marked [ProcessTarget]" });

    [Theory]
    [InlineData("ChildProcess.Create(Work.One, 5).Start();")]
    [InlineData("ChildProcess.Create(Work.None).Start();")]
    [InlineData("ChildProcess.Create(Work.Two, (1, \"a\")).Start();")]
    [InlineData("Action<int> target = Work.One; ChildProcess.Create(target, 5).Start();")]
    [InlineData("Action<int> print = x => Console.WriteLine(x); print(1);")]
    public Task Silent_on_static_targets_and_unrelated_lambdas(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));
}
