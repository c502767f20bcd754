using Microsoft.CodeAnalysis.Testing;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Multiprocessing.Analyzers.CodeFixes;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.NonStaticTargetAnalyzer>;
using VerifyArguments = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.TargetArgumentsAnalyzer, Multiprocessing.Analyzers.CodeFixes.BuildArgumentsTupleCodeFixProvider>;
using VerifyAttribute = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.NonStaticTargetAnalyzer, Multiprocessing.Analyzers.CodeFixes.AddProcessTargetAttributeCodeFixProvider>;
using VerifyMarshal = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.UnmarshallableArgumentAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// MP0002, MP0003 and MP0004 on every API whose target parameter is marked [ProcessTargetParameter] (the pool's
/// Apply, Map, Starmap, Imap families, InProcessPool, pool initializers), not only ChildProcess.Create.
/// </summary>
public class TargetCallTests
{
    private static string[] Sources(string body) => new[] { TargetCallSources.Caller(body), TargetCallSources.Targets };

    [Theory]
    [InlineData("pool.Apply({|#0:x => x * 2|}, 3);", "ProcessPool.Apply", "a lambda")]
    [InlineData("pool.ApplyAsync({|#0:x => x * 2|}, 3);", "ProcessPool.ApplyAsync", "a lambda")]
    [InlineData("pool.Apply({|#0:Scale|}, 3);", "ProcessPool.Apply", "the instance method 'App.Scale'")]
    [InlineData("Func<int, int> someLambda = x => x * 2; pool.Map({|#0:someLambda|}, items);", "ProcessPool.Map", "a lambda")]
    [InlineData("pool.Map({|#0:x => x * 2|}, items);", "ProcessPool.Map", "a lambda")]
    [InlineData("pool.Map({|#0:x => Task.FromResult(x)|}, items);", "ProcessPool.Map", "a lambda")]
    [InlineData("pool.MapAsync({|#0:delegate (int x) { return x; }|}, items);", "ProcessPool.MapAsync", "an anonymous method")]
    [InlineData("pool.Starmap({|#0:(a, b) => a + b|}, pairs);", "ProcessPool.Starmap", "a lambda")]
    [InlineData("pool.StarmapAsync({|#0:(a, b) => a + b|}, pairs);", "ProcessPool.StarmapAsync", "a lambda")]
    [InlineData("foreach (var r in pool.Imap({|#0:Scale|}, items)) { }", "ProcessPool.Imap", "the instance method 'App.Scale'")]
    [InlineData("foreach (var r in pool.ImapUnordered({|#0:x => x|}, items)) { }", "ProcessPool.ImapUnordered", "a lambda")]
    [InlineData("await foreach (var r in pool.ImapAsync({|#0:x => x|}, items)) { }", "ProcessPool.ImapAsync", "a lambda")]
    [InlineData("await foreach (var r in pool.ImapUnorderedAsync({|#0:x => x|}, items)) { }", "ProcessPool.ImapUnorderedAsync", "a lambda")]
    [InlineData("int Local(int x) => x; local.Apply({|#0:Local|}, 3);", "InProcessPool.Apply", "the local function 'Local'")]
    [InlineData("local.Map({|#0:x => x|}, items);", "InProcessPool.Map", "a lambda")]
    [InlineData("local.Starmap({|#0:(a, b) => a|}, pairs);", "InProcessPool.Starmap", "a lambda")]
    [InlineData("new ProcessPoolOptions().WithInitializer({|#0:() => { }|});", "ProcessPoolOptions.WithInitializer", "a lambda")]
    [InlineData("new ProcessPoolOptions().WithInitializer({|#0:(int seed) => { }|}, 5);", "ProcessPoolOptions.WithInitializer", "a lambda")]
    [InlineData("ChildProcess.Create({|#0:x => x * 2|}, 3).Start();", "ChildProcess.Create", "a lambda")]
    public Task MP0003_fires_on_every_target_taking_api(string body, string api, string what) =>
        Verify.VerifyAnalyzerAsync(
            Sources(body),
            Verify.Diagnostic(DiagnosticDescriptors.NonStaticTarget).WithLocation(0).WithArguments(api, what));

    [Theory]
    [InlineData("pool.Apply(Work.Double, 3);")]
    [InlineData("pool.Map(Work.Double, items);")]
    [InlineData("pool.Map(Work.DoubleAsync, items);")]
    [InlineData("pool.Starmap(Work.Add, pairs);")]
    [InlineData("local.Apply(Work.Two, (1, \"a\"));")]
    [InlineData("new ProcessPoolOptions().WithInitializer(Work.Init2, (1, \"a\"));")]
    [InlineData("Func<int, int> f = x => x; f = Work.Double; pool.Map(f, items);")]
    [InlineData("Func<int, int> f = x => x; items.ConvertAll(new Converter<int, int>(f));")]
    public Task MP0003_is_silent_on_marked_static_targets(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task MP0003_missing_attribute_on_a_pool_call_is_fixed_by_adding_the_attribute() =>
        VerifyAttribute.VerifyCodeFixAsync(
            Sources("pool.Map({|#0:Plain|}, items); pool.Apply({|#1:Plain|}, 4);"),
            TargetCallSources.Caller("pool.Map(Plain, items); pool.Apply(Plain, 4);")
                .Replace("    public static int Plain(int x) => x;", "    [ProcessTarget]\n    public static int Plain(int x) => x;"),
            compilerErrors: false,
            VerifyAttribute.Diagnostic(DiagnosticDescriptors.MissingProcessTargetAttribute).WithLocation(0).WithArguments("App.Plain", "ProcessPool.Map"),
            VerifyAttribute.Diagnostic(DiagnosticDescriptors.MissingProcessTargetAttribute).WithLocation(1).WithArguments("App.Plain", "ProcessPool.Apply"));

    [Theory]
    [InlineData("pool.ApplyAsync(Work.Length, {|#0:stream|});", "stream", "Stream", "")]
    [InlineData("pool.Apply(Work.Length, {|#0:stream|});", "stream", "Stream", "")]
    [InlineData("local.ApplyAsync(Work.Length, {|#0:stream|});", "stream", "Stream", "")]
    [InlineData("pool.Apply(Work.Weigh, (1, {|#0:stream|}));", "stream", "Stream", "")]
    [InlineData("new ProcessPoolOptions().WithInitializer(Work.InitLog, {|#0:stream|});", "stream", "Stream", "")]
    [InlineData("pool.Map(Work.Length, {|#0:streams|});", "streams", "List<Stream>", " (its part 'each item' is of type Stream)")]
    [InlineData("foreach (var n in pool.Imap(Work.Length, {|#0:streams|})) { }", "streams", "List<Stream>", " (its part 'each item' is of type Stream)")]
    [InlineData("local.MapAsync(Work.Length, {|#0:streams|});", "streams", "List<Stream>", " (its part 'each item' is of type Stream)")]
    [InlineData("pool.Starmap(Work.Weigh, {|#0:jobs|});", "jobs", "List<(int, Stream)>", " (its part 'each item.Item2' is of type Stream)")]
    [InlineData("pool.Apply(Work.PatientLength, {|#0:stream|});", "stream", "Stream", "")]
    [InlineData("ChildProcess.Create(Work.PatientLength, {|#0:stream|});", "stream", "Stream", "")]
    public Task MP0004_fires_on_arguments_and_items_that_cannot_travel(string body, string argument, string type, string part) =>
        VerifyMarshal.VerifyAnalyzerAsync(
            Sources(body),
            VerifyMarshal.Diagnostic().WithLocation(0).WithArguments(argument, type, part, "an open file or stream belongs to this process (its handle and buffers do not travel); pass the path and open it in the child"));

    [Theory]
    [InlineData("pool.Apply(Work.Two, (1, \"a\"));")]
    [InlineData("pool.Map(Work.Double, items);")]
    [InlineData("pool.Starmap(Work.Add, pairs);")]
    [InlineData("local.Map(Work.DoubleAsync, items);")]
    [InlineData("pool.Apply(Work.Patient, 3);")]
    [InlineData("pool.ApplyAsync(Work.PatientPair, (1, \"a\"));")]
    [InlineData("ChildProcess.Create(Work.Patient, 3);")]
    [InlineData("pool.Map(Work.Patient, items);")]
    [InlineData("pool.MapAsync(Work.Patient, items, cancellationToken: default);")]
    public Task MP0004_is_silent_on_values_that_travel(string body) =>
        VerifyMarshal.VerifyAnalyzerAsync(Sources(body));

    /// <summary>
    /// A target's CancellationToken parameter is not an argument (the child passes its own token): the overloads for
    /// such targets are marked too, and the analyzers count only the other parameters.
    /// </summary>
    [Theory]
    [InlineData("pool.Apply(Work.Patient, 3);")]
    [InlineData("pool.ApplyAsync(Work.PatientPair, (1, \"a\"));")]
    [InlineData("ChildProcess.Create(Work.PatientPair, (1, \"a\"));")]
    [InlineData("pool.Map(Work.Patient, items);")]
    [InlineData("pool.Imap(Work.Patient, items, cancellationToken: default);")]
    [InlineData("pool.ImapUnordered(Work.Patient, items);")]
    [InlineData("await pool.MapAsync(Work.Patient, items, cancellationToken: default);")]
    public Task MP0002_counts_a_target_s_parameters_without_its_token(string body) =>
        CSharpAnalyzerVerifier<TargetArgumentsAnalyzer>.VerifyAnalyzerAsync(Sources(body));


    [Fact]
    public Task MP0002_on_pool_Apply_builds_the_tuple_in_every_call() =>
        VerifyArguments.VerifyCodeFixAsync(
            Sources("pool.Apply(Work.Two, {|#0:5, \"x\"|}); local.ApplyAsync(Work.Three, {|#1:1, 2, 3|});"),
            TargetCallSources.Caller("pool.Apply(Work.Two, (5, \"x\")); local.ApplyAsync(Work.Three, (1, 2, 3));"),
            compilerErrors: true,
            VerifyArguments.Diagnostic(DiagnosticDescriptors.TargetArgumentsMismatch).WithLocation(0)
                .WithArguments("Work.Two", "2 parameters (int a, string b)", "2 separate arguments", "pass one tuple of 2 values after the target, (a, b)"),
            VerifyArguments.Diagnostic(DiagnosticDescriptors.TargetArgumentsMismatch).WithLocation(1)
                .WithArguments("Work.Three", "3 parameters (int a, int b, int c)", "3 separate arguments", "pass one tuple of 3 values after the target, (a, b, c)"));

    [Theory]
    [InlineData("pool.Map(Work.Add, {|#0:items|});", "Work.Add", "2 parameters (int a, int b)", "items of type int through ProcessPool.Map", "pass items that are tuples of 2 values (a, b), each the arguments of one call (Python's starmap)")]
    [InlineData("pool.Starmap(Work.Three, {|#0:pairs|});", "Work.Three", "3 parameters (int a, int b, int c)", "items of type (int, int) through ProcessPool.Starmap", "pass items that are tuples of 3 values (a, b, c), each the arguments of one call (Python's starmap)")]
    public Task MP0002_on_map_items_that_do_not_fit_the_target(string body, string target, string parameters, string given, string advice) =>
        Infrastructure.CSharpAnalyzerVerifier<TargetArgumentsAnalyzer>.VerifyAnalyzerAsync(
            Sources(body),
            compilerErrors: true,
            Verify.Diagnostic(DiagnosticDescriptors.TargetArgumentsMismatch).WithLocation(0).WithArguments(target, parameters, given, advice));
}
