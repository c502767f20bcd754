using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.NonStaticTargetAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.NonStaticTargetAnalyzer, Multiprocessing.Analyzers.CodeFixes.AddProcessTargetAttributeCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class MissingProcessTargetAttributeTests
{
    private static string Program(string body, string plainAttributes = "", string oldAttributes = "") => $$"""
        using System;
        using Multiprocessing;

        public static class App
        {
            public static void Go()
            {
                {{body}}
            }
        {{plainAttributes}}
            public static void Plain(int x) { }

            public static int Compute() => 42;

            [Obsolete("old")]{{oldAttributes}}
            public static void Old(int x) { }
        }
        """;

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    [Theory]
    [InlineData("ChildProcess.Create({|MP0003:Plain|}, 5).Start();", "App.Plain")]
    [InlineData("ChildProcess.Create({|MP0003:App.Compute|}).Start();", "App.Compute")]
    [InlineData("ChildProcess.Create({|MP0003:Console.WriteLine|}, \"hi\").Start();", "Console.WriteLine")]
    [InlineData("ChildProcess.Create({|MP0003:new Action<int>(Plain)|}, 5).Start();", "App.Plain")]
    public Task Fires_on_a_static_method_without_the_attribute(string body, string method) =>
        Verify.VerifyMessagesAsync(
            Sources(body),
            new[] { $"'{method}' is passed as a target to 'ChildProcess.Create' but is not marked [ProcessTarget]", "ArgumentException" });

    [Fact]
    public Task The_diagnostic_carries_the_property_the_fix_looks_for() =>
        new Verify.Test
        {
            TestState = { Sources = { Program("ChildProcess.Create({|MP0003:Plain|}, 5).Start();"), PitfallTestSources.Targets } },
            DiagnosticVerifier = (actual, _, verifier) =>
                verifier.True(actual.Properties.ContainsKey(NonStaticTargetAnalyzer.MissingAttributeProperty), "MissingProcessTargetAttribute property"),
        }.RunAsync();

    [Theory]
    [InlineData("ChildProcess.Create(Work.One, 5).Start();")]
    [InlineData("ChildProcess.Create(Work.Three, (1, 2, 3)).Start();")]
    [InlineData("Action<int> f = Plain; f(1);")]
    [InlineData("Action<int> target = Plain; ChildProcess.Create(target, 5).Start();")]
    public Task Silent_on_marked_targets_and_other_uses_of_plain_methods(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task Lambdas_keep_the_non_static_message_and_get_no_fix() =>
        new VerifyFix.Test
        {
            TestState = { Sources = { Program("ChildProcess.Create({|MP0003:() => Plain(1)|}).Start();"), PitfallTestSources.Targets } },
            FixedState = { Sources = { Program("ChildProcess.Create({|MP0003:() => Plain(1)|}).Start();"), PitfallTestSources.Targets } },
            DiagnosticVerifier = (actual, _, verifier) =>
            {
                verifier.True(actual.GetMessage().Contains("a lambda", StringComparison.Ordinal), actual.GetMessage());
                verifier.False(actual.Properties.ContainsKey(NonStaticTargetAnalyzer.MissingAttributeProperty), "no MissingProcessTargetAttribute property");
            },
        }.RunAsync();

    [Fact]
    public Task Fix_adds_the_attribute_to_the_method() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("ChildProcess.Create({|MP0003:Plain|}, 5).Start();"),
            Program("ChildProcess.Create(Plain, 5).Start();", plainAttributes: "\n    [ProcessTarget]"));

    [Fact]
    public Task Fix_adds_the_attribute_after_existing_attributes() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("#pragma warning disable CS0618\n        ChildProcess.Create({|MP0003:Old|}, 5).Start();"),
            Program("#pragma warning disable CS0618\n        ChildProcess.Create(Old, 5).Start();", oldAttributes: "\n    [ProcessTarget]"));

    [Fact]
    public Task Fix_keeps_the_comment_above_the_method()
    {
        const string Source = """
            using Multiprocessing;

            public static class App
            {
                public static void Go() => ChildProcess.Create({|MP0003:Helpers.Work|}, 5).Start();
            }

            public static class Helpers
            {
                // Does the work.
                public static void Work(int x) { }
            }
            """;
        const string Fixed = """
            using Multiprocessing;

            public static class App
            {
                public static void Go() => ChildProcess.Create(Helpers.Work, 5).Start();
            }

            public static class Helpers
            {
                // Does the work.
                [ProcessTarget]
                public static void Work(int x) { }
            }
            """;
        return new VerifyFix.Test
        {
            TestState = { Sources = { Source } },
            FixedState = { Sources = { Fixed } },
            CodeActionVerifier = (action, verifier) => verifier.Equal("Add [ProcessTarget] to 'Work'", action.Title),
        }.RunAsync();
    }

    [Fact]
    public Task Fix_all_marks_every_method_passed_as_a_target_once() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("ChildProcess.Create({|MP0003:Plain|}, 5).Start(); ChildProcess.Create({|MP0003:Plain|}, 6).Start(); ChildProcess.Create({|MP0003:Compute|}).Start();"),
            Program("ChildProcess.Create(Plain, 5).Start(); ChildProcess.Create(Plain, 6).Start(); ChildProcess.Create(Compute).Start();", plainAttributes: "\n    [ProcessTarget]")
                .Replace("    public static int Compute()", "    [ProcessTarget]\n    public static int Compute()"));
}
