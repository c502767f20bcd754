using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class NonStaticTargetTests
{
    private static readonly NonStaticTargetAnalyzer Analyzer = new();

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(
            Analyzer,
            new[]
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
            },
            OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("ChildProcess.Create(x => Console.WriteLine(x), 5).Start();", "a lambda")]
    [InlineData("ChildProcess.Create(() => 42).Start();", "a lambda")]
    [InlineData("ChildProcess.Create(delegate (int x) { }, 5).Start();", "an anonymous method")]
    [InlineData("void Local(int x) { } ChildProcess.Create(Local, 5).Start();", "the local function 'Local'")]
    [InlineData("ChildProcess.Create(Instance, 5).Start();", "the instance method 'App.Instance'")]
    [InlineData("ChildProcess.Create(this.Instance, 5).Start();", "the instance method 'App.Instance'")]
    [InlineData("ChildProcess.Create(new Action<int>(Instance), 5).Start();", "the instance method 'App.Instance'")]
    public async Task Fires_on_targets_a_child_cannot_find(string body, string what)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0003");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(what, diagnostic.GetMessage());
        Assert.Contains("static method marked [ProcessTarget]", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("ChildProcess.Create(Work.One, 5).Start();")]
    [InlineData("ChildProcess.Create(Work.None).Start();")]
    [InlineData("ChildProcess.Create(Work.Two, (1, \"a\")).Start();")]
    [InlineData("Action<int> target = Work.One; ChildProcess.Create(target, 5).Start();")]
    [InlineData("Action<int> print = x => Console.WriteLine(x); print(1);")]
    public async Task Silent_on_static_targets_and_unrelated_lambdas(string body) =>
        Assert.Empty(await Run(body));
}
