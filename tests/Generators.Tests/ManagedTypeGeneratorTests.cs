using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators.Tests;

/// <summary>
/// [ManagedType] classes: the generator emits typed proxy calls, creation methods, the server-side dispatcher and the
/// marshallers the members need; the output compiles, and runs against a real manager hosted in this process.
/// </summary>
public class ManagedTypeGeneratorTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using Multiprocessing;

        namespace Mt
        {
            public record Tag(string Name, int Weight);

            [ManagedType]
            public sealed class Counter
            {
                private readonly List<Tag> _tags = new();

                public Counter() { }

                public Counter(int start, string label) { Value = start; Label = label; }

                public int Value { get; private set; }

                public string Label { get; set; } = "";

                public int Increment(int by) => Value += by;

                public void Reset() => Value = 0;

                public int AddTag(Tag tag) { _tags.Add(tag); return _tags.Count; }

                public List<Tag> Tags() => _tags;

                public int Fail(string message) => throw new InvalidOperationException(message);

                public string @event(int @class) => "event " + @class;
            }

            public static class Probe
            {
                public static string Run()
                {
                    var key = new byte[] { 1, 2, 3 };
                    using var manager = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), key, new ManagerOptions().Register<Counter>());
                    var counter = manager.CreateCounter(5, "five");
                    counter.Increment(3);
                    counter.SetLabel("eight");
                    counter.AddTag(new Tag("a", 1));
                    int tags = counter.AddTag(new Tag("b", 2));
                    var named = manager.GetCounter("shared");
                    named.Increment(1);
                    var again = manager.GetCounter("shared");
                    string error;
                    try { counter.Fail("boom"); error = "no error"; }
                    catch (RemoteProcessException ex) { error = ex.RemoteTypeName + ": " + ex.RemoteMessage; }

                    using var remote = ProcessManager.Connect(manager.Address, key);
                    var fresh = remote.CreateCounter();
                    fresh.Reset();
                    return string.Join("|", counter.GetValue(), counter.GetLabel(), tags, string.Join(",", counter.Tags()),
                        again.GetValue(), again.ObjectId == named.ObjectId, error, fresh.GetValue(), counter.@event(7));
                }

                public static string Unregistered()
                {
                    using var manager = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), new byte[] { 9 });
                    try { manager.CreateCounter(); return "created"; }
                    catch (ProcessException ex) { return ex.Message; }
                }
            }
        }
        """;

    [Fact]
    public void The_proxy_calls_the_server_and_the_output_compiles_cleanly()
    {
        var run = Run(Source);
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        string generated = string.Join("\n", run.Sources.Select(s => s.Source));
        Assert.Contains("public static int Increment(this global::Multiprocessing.ManagedObject<global::Mt.Counter> __proxy, int by)", generated);
        Assert.Contains("public static global::Multiprocessing.ManagedObject<global::Mt.Counter> CreateCounter(this global::Multiprocessing.ProcessManager __manager, int start, string label)", generated);
        Assert.Contains("Marshaller<global::Mt.Tag?>.TryRegister(", generated); // a marshaller for the record a member takes
        Assert.DoesNotContain("SetValue", generated);                    // private setter: no proxy setter

        var assembly = GeneratorHarness.Load(run.Output);
        Assert.Equal("8|eight|2|Tag { Name = a, Weight = 1 },Tag { Name = b, Weight = 2 }|1|True|System.InvalidOperationException: boom|0|event 7",
            GeneratorHarness.Call(assembly, "Mt.Probe", "Run"));
        Assert.Contains("has no registered type 'Mt.Counter'", (string)GeneratorHarness.Call(assembly, "Mt.Probe", "Unregistered")!);
    }

    [Fact]
    public void The_generated_proxies_match_their_snapshot() => Snapshots.Verify("ManagedTypes", Run(Source));

    public static TheoryData<string, string> Invalid => new()
    {
        { "MP0110", "[ManagedType] public abstract class C { }" },
        { "MP0110", "[ManagedType] public static class C { }" },
        { "MP0110", "[ManagedType] public class C<T> { }" },
        { "MP0110", "public class O { [ManagedType] private class C { } }" },
        { "MP0110", "[ManagedType] public class C { private C() { } }" },
        { "MP0111", "[ManagedType] public class C { public T Echo<T>(T x) => x; }" },
        { "MP0111", "[ManagedType] public class C { public void Get(ref int x) { } }" },
        { "MP0111", "[ManagedType] public class C { public System.Threading.Tasks.Task<int> Later() => System.Threading.Tasks.Task.FromResult(1); }" },
        { "MP0111", "[ManagedType] public class C { public bool Equals(int x) => false; }" },
        { "MP0102", "[ManagedType] public class C { public void Take(System.IO.Stream s) { } }" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void What_cannot_be_served_is_reported(string id, string code)
    {
        var run = Run("using Multiprocessing;\nnamespace T {\n" + code + "\n}");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void A_managed_object_travels_to_a_target_without_a_marshaller_for_the_class_itself()
    {
        // The class behind the proxy never travels, so it needs no marshaller (a Stream field would have none).
        var run = Run("""
            using Multiprocessing;
            namespace T
            {
                [ManagedType] public sealed class Store { public System.IO.Stream? File; public int Size() => 0; }
                public static class W { [ProcessTarget] public static int Use(ManagedObject<Store> store) => store.Size(); }
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
    }

    [Fact]
    public void Element_types_of_proxies_get_marshallers_from_the_calls_that_type_them()
    {
        var run = Run("""
            using System.Net;
            using Multiprocessing;
            namespace P
            {
                public record Point(int X, string Label);
                public record Box(Point Corner);
                public static class Probe
                {
                    public static string Run()
                    {
                        using var manager = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), new byte[] { 4 });
                        var points = manager.CreateDictionary<string, Point>();
                        points["a"] = new Point(1, "one");
                        var space = manager.CreateNamespace();
                        space.Set("box", new Box(new Point(2, "two")));
                        var value = manager.CreateValue(new Point(3, "three"));
                        return points["a"] + "|" + space.Get<Box>("box") + "|" + value.Value;
                    }
                }
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        var assembly = GeneratorHarness.Load(run.Output);
        Assert.Equal("Point { X = 1, Label = one }|Box { Corner = Point { X = 2, Label = two } }|Point { X = 3, Label = three }",
            GeneratorHarness.Call(assembly, "P.Probe", "Run"));
    }

    [Fact]
    public void A_proxy_of_a_type_that_cannot_travel_is_reported_at_the_call()
    {
        var run = Run("""
            using Multiprocessing;
            namespace P
            {
                public static class Use
                {
                    public static void F(ProcessManager manager) => manager.CreateList<object>();
                    public static void G<T>(ProcessManager manager) => manager.CreateList<T>();   // generic code: checked where T is known
                }
            }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        Assert.Equal("CreateList<object>", run.Input.SyntaxTrees.First().GetText().ToString(diagnostic.Location.SourceSpan));
    }

    private static GeneratorRun Run(params string[] code)
    {
        var compilation = GeneratorHarness.CreateCompilation(code);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ProcessTargetGenerator().AsSourceGenerator(), new ManagedTypeGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GeneratorRun(driver, compilation, output, diagnostics, sources);
    }
}
