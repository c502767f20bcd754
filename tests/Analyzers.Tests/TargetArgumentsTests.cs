using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.TargetArgumentsAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.TargetArgumentsAnalyzer, Multiprocessing.Analyzers.CodeFixes.BuildArgumentsTupleCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class TargetArgumentsTests
{
    private static string Program(string call) => $$"""
        using Multiprocessing;

        public static class App
        {
            public static void Go(int n)
            {
                var p = {{call}};
                p.Start();
            }
        }
        """;

    private static string[] Sources(string call) => new[] { Program(call), PitfallTestSources.Targets };

    [Theory]
    [InlineData("ChildProcess.Create(Work.Two, {|MP0002:(5)|})", "Target 'Work.Two' takes 2 parameters (int a, string b) but was given '(5)', a single int", "(a, b)")]
    [InlineData("ChildProcess.Create(Work.Two, {|MP0002:5, \"x\"|})", "Target 'Work.Two' takes 2 parameters (int a, string b) but was given 2 separate arguments", "(a, b)")]
    [InlineData("ChildProcess.Create(Work.Three, {|MP0002:(1, 2)|})", "Target 'Work.Three' takes 3 parameters (int a, int b, int c) but was given a tuple of 2 values '(1, 2)' of type (int, int)", "(a, b, c)")]
    [InlineData("ChildProcess.Create{|MP0002:(Work.Two)|}", "but was given no arguments", "(a, b)")]
    [InlineData("ChildProcess.Create{|MP0002:(Work.One)|}", "Target 'Work.One' takes 1 parameter (int x) but was given no arguments", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.One, {|MP0002:1, 2|})", "but was given 2 separate arguments", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.One, {|MP0002:\"five\"|})", "but was given '\"five\"', a single string", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.None, {|MP0002:5|})", "Target 'Work.None' takes no parameters but was given '5', a single int", "pass only the target")]
    public Task Explains_arguments_that_do_not_match_the_target(string call, string message, string advice) =>
        Verify.VerifyMessagesAsync(Sources(call), new[] { message, advice }, compilerErrors: true);

    [Theory]
    [InlineData("ChildProcess.Create(Work.None)")]
    [InlineData("ChildProcess.Create(Work.One, 5)")]
    [InlineData("ChildProcess.Create(Work.Two, (5, \"x\"))")]
    [InlineData("ChildProcess.Create(Work.Three, (1, 2, n))")]
    public Task Silent_on_right_arguments(string call) =>
        Verify.VerifyAnalyzerAsync(Sources(call));

    [Fact]
    public Task Silent_when_an_argument_itself_does_not_bind() =>
        Verify.VerifyAnalyzerAsync(Sources("ChildProcess.Create(Work.Two, (5, undefinedName))"), compilerErrors: true);

    [Fact]
    public Task Fix_builds_the_tuple_from_separate_arguments() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("ChildProcess.Create(Work.Three, {|MP0002:1, n, 3|})"),
            Program("ChildProcess.Create(Work.Three, (1, n, 3))"),
            compilerErrors: true);

    [Fact]
    public Task No_fix_when_the_pieces_are_missing() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("ChildProcess.Create(Work.Two, {|MP0002:(5)|})"),
            Program("ChildProcess.Create(Work.Two, {|MP0002:(5)|})"),
            compilerErrors: true);
}
