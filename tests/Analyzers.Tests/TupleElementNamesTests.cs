using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.TupleElementNamesAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0012: tuple element names of a target's arguments that are not the names of its parameters.</summary>
public class TupleElementNamesTests
{
    private static string[] Sources(string body) => new[] { TargetCallSources.Caller(body), TargetCallSources.Targets };

    [Fact]
    public Task Python_kwargs_with_another_name_warn() =>
        Verify.VerifyAnalyzerAsync(
            Sources("ChildProcess.Create(Work.Greet, ({|#0:who|}: \"bob\", times: 3)).Start();"),
            Verify.Diagnostic().WithLocation(0).WithArguments("who", "1", "name", "Work.Greet", "name the element 'name' or drop the name"));

    [Fact]
    public Task Names_in_another_order_say_where_the_value_goes() =>
        Verify.VerifyAnalyzerAsync(
            Sources("pool.Apply(Work.Add, ({|#0:b|}: 1, {|#1:a|}: 2));"),
            Verify.Diagnostic().WithLocation(0).WithArguments("b", "1", "a", "Work.Add", "'b' is parameter 2: write the values in the order of the parameters, (a, b)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("a", "2", "b", "Work.Add", "'a' is parameter 1: write the values in the order of the parameters, (a, b)"));

    [Theory]
    [InlineData("local.ApplyAsync(Work.Greet, ({|#0:who|}: \"bob\", 3));", "who", "1", "name", "Work.Greet")]
    [InlineData("new ProcessPoolOptions().WithInitializer(Work.Init2, (seed: 1, {|#0:label|}: \"x\"));", "label", "2", "name", "Work.Init2")]
    public Task Every_target_taking_api_is_checked(string body, string element, string position, string parameter, string target) =>
        Verify.VerifyAnalyzerAsync(
            Sources(body),
            Verify.Diagnostic().WithLocation(0).WithArguments(element, position, parameter, target, $"name the element '{parameter}' or drop the name"));

    [Fact]
    public Task A_target_s_token_parameter_is_not_counted() =>
        Verify.VerifyAnalyzerAsync(
            Sources("pool.ApplyAsync(Work.PatientPair, ({|#0:who|}: 1, b: \"x\"));"),
            Verify.Diagnostic().WithLocation(0).WithArguments("who", "1", "a", "Work.PatientPair", "name the element 'a' or drop the name"));

    [Theory]
    [InlineData("ChildProcess.Create(Work.Greet, (name: \"bob\", times: 3)).Start();")]
    [InlineData("ChildProcess.Create(Work.Greet, (\"bob\", 3)).Start();")]
    [InlineData("ChildProcess.Create(Work.Greet, (\"bob\", times: 3)).Start();")]
    [InlineData("var t = (who: \"bob\", times: 3); ChildProcess.Create(Work.Greet, t).Start();")]
    [InlineData("var t = (who: \"bob\", times: 3); Console.WriteLine(t.who);")]
    public Task Silent_on_matching_or_absent_names(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));
}
