using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.TargetDelegateTypeAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// MP0013: a [ProcessTarget] method group converted to a delegate type other than its own signature (variance), which
/// compiles and then fails at run time ("not marked [ProcessTarget]") because targets are registered by their own
/// delegate type, and the arguments would travel as the delegate's types.
/// </summary>
public class TargetDelegateTypeTests
{
    private static string[] Sources(string body) => new[] { TargetCallSources.Caller(body), TargetCallSources.Targets };

    [Theory]
    [InlineData("pool.Map({|#0:Types.Describe|}, circles);", "ProcessPool.Map", "Func<Circle, string>", "string(Shape)", ", or give the type arguments: Map<Shape, string>(...)")]
    [InlineData("local.Map({|#0:Types.Describe|}, circles);", "InProcessPool.Map", "Func<Circle, string>", "string(Shape)", ", or give the type arguments: Map<Shape, string>(...)")]
    [InlineData("ChildProcess.Create({|#0:Types.Show|}, circle).Start();", "ChildProcess.Create", "Action<Circle>", "void(Shape)", ", or give the type arguments: Create<Shape>(...)")]
    [InlineData("pool.Apply({|#0:Types.Describe|}, circle);", "ProcessPool.Apply", "Func<Circle, string>", "string(Shape)", ", or give the type arguments: Apply<Shape, string>(...)")]
    [InlineData("foreach (var s in pool.Imap({|#0:Types.Describe|}, circles)) { }", "ProcessPool.Imap", "Func<Circle, string>", "string(Shape)", ", or give the type arguments: Imap<Shape, string>(...)")]
    [InlineData("pool.Apply<int, object>({|#0:Types.Label|}, 1);", "ProcessPool.Apply", "Func<int, object>", "string(int)", ", or give the type arguments: Apply<int, string>(...)")]
    [InlineData("new ProcessPoolOptions().WithInitializer({|#0:Types.Show|}, circle);", "ProcessPoolOptions.WithInitializer", "Action<Circle>", "void(Shape)", ", or give the type arguments: WithInitializer<Shape>(...)")]
    public Task A_variant_conversion_is_a_build_error(string body, string api, string delegateType, string signature, string typeArguments) =>
        Verify.VerifyAnalyzerAsync(
            Sources(body),
            Verify.Diagnostic().WithLocation(0).WithArguments(
                body.Contains("Describe") ? "Types.Describe" : body.Contains("Show") ? "Types.Show" : "Types.Label",
                api,
                delegateType,
                signature,
                "pass values of the method's own parameter types" + typeArguments));

    [Theory]
    [InlineData("pool.Map<Shape, string>(Types.Describe, circles);")]
    [InlineData("ChildProcess.Create(Types.Show, (Shape)circle).Start();")]
    [InlineData("ChildProcess.Create<Shape>(Types.Show, circle).Start();")]
    [InlineData("pool.Map(Work.Double, items);")]
    [InlineData("pool.Starmap(Work.Add, pairs);")]
    [InlineData("pool.Map(Work.DoubleAsync, items);")]
    [InlineData("pool.Apply(Work.Two, (a: 1, b: \"x\"));")]
    [InlineData("Func<Circle, string> f = Types.Describe; f(circle);")]
    public Task Silent_when_the_delegate_is_the_method_s_own_signature(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));
}
