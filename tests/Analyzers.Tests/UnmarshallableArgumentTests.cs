using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.UnmarshallableArgumentAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

public class UnmarshallableArgumentTests
{
    private const string Targets = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Multiprocessing;

        public interface IShape { }
        public abstract class Shape { }
        public sealed record Point(int X, int Y);
        public sealed record Job(string Name, List<Point> Points, Dictionary<string, int[]> Weights, (int, string)? Tag);
        public sealed record LogJob(string Name, Stream Log);
        public sealed class Holder { public Func<int>? Callback { get; set; } }
        public sealed class NoCtor { public NoCtor(int x) { X = x; } public int X { get; set; } }
        public enum Color { Red, Green }

        public static class Bad
        {
            [ProcessTarget] public static void Log(Stream s) { }
            [ProcessTarget] public static void Writer(TextWriter w) { }
            [ProcessTarget] public static void Callback(Func<int, int> f) { }
            [ProcessTarget] public static void Anything(object o) { }
            [ProcessTarget] public static void Shape(IShape s) { }
            [ProcessTarget] public static void Abstract(Shape s) { }
            [ProcessTarget] public static void Wait(Task t) { }
            [ProcessTarget] public static void Items(IEnumerable<int> xs) { }
            [ProcessTarget] public static void Token(CancellationToken t) { }
            [ProcessTarget] public static void Threads(Thread t) { }
            [ProcessTarget] public static void LogJob(LogJob job) { }
            [ProcessTarget] public static void Streams(List<Stream> streams) { }
            [ProcessTarget] public static void Holder(Holder h) { }
            [ProcessTarget] public static void NoCtor(NoCtor n) { }
            [ProcessTarget] public static void Pair(int n, Stream s) { }
            [ProcessTarget] public static int Triple(string a, object b, Func<int> c) => 0;
        }

        public static class Good
        {
            [ProcessTarget] public static void Ints(int[] xs) { }
            [ProcessTarget] public static void Text(string s) { }
            [ProcessTarget] public static void Color(Color c) { }
            [ProcessTarget] public static void Point(Point p) { }
            [ProcessTarget] public static void Job(Job j) { }
            [ProcessTarget] public static void Maybe(int? n) { }
            [ProcessTarget] public static void Set(HashSet<string> s) { }
            [ProcessTarget] public static void Pair(int n, List<string> names) { }
            [ProcessTarget] public static void Guid(Guid g) { }
        }
        """;

    private static string[] Sources(string body) =>
            new[]
            {
                $$"""
                using System;
                using System.Collections.Generic;
                using System.IO;
                using System.Threading;
                using System.Threading.Tasks;
                using Multiprocessing;

                public static class App
                {
                    public static void Go(Stream stream, TextWriter writer, IShape shape, Shape abstractShape, List<int> list, Task task, CancellationToken token, LogJob logJob, Holder holder, NoCtor noCtor)
                    {
                        {{body}}
                    }
                }
                """,
                Targets,
            };

    [Theory]
    [InlineData("ChildProcess.Create(Bad.Log, {|MP0004:stream|});", "stream", "of type Stream", "open file or stream")]
    [InlineData("ChildProcess.Create(Bad.Log, {|MP0004:new MemoryStream()|});", "new MemoryStream()", "of type MemoryStream (passed as Stream)", "open file or stream")]
    [InlineData("ChildProcess.Create(Bad.Writer, {|MP0004:Console.Out|});", "Console.Out", "of type TextWriter", "open file or stream")]
    [InlineData("ChildProcess.Create(Bad.Callback, {|MP0004:(Func<int, int>)(x => x + 1)|});", "(Func<int, int>)(x => x + 1)", "Func<int, int>", "a delegate")]
    [InlineData("ChildProcess.Create(Bad.Anything, {|MP0004:\"text\"|});", "\"text\"", "of type string (passed as object)", "'object' says nothing")]
    [InlineData("ChildProcess.Create(Bad.Shape, {|MP0004:shape|});", "shape", "of type IShape", "it is an interface")]
    [InlineData("ChildProcess.Create(Bad.Abstract, {|MP0004:abstractShape|});", "abstractShape", "of type Shape", "it is abstract")]
    [InlineData("ChildProcess.Create(Bad.Wait, {|MP0004:task|});", "task", "of type Task", "a task is work running in this process")]
    [InlineData("ChildProcess.Create(Bad.Items, {|MP0004:list|});", "list", "of type List<int> (passed as IEnumerable<int>)", "it is an interface")]
    [InlineData("ChildProcess.Create(Bad.Token, {|MP0004:token|});", "token", "of type CancellationToken", "ProcessEvent")]
    [InlineData("ChildProcess.Create(Bad.Threads, {|MP0004:Thread.CurrentThread|});", "Thread.CurrentThread", "of type Thread", "a thread lives in this process")]
    [InlineData("ChildProcess.Create(Bad.LogJob, {|MP0004:logJob|});", "logJob", "its part 'Log' is of type Stream", "open file or stream")]
    [InlineData("ChildProcess.Create(Bad.Streams, {|MP0004:new List<Stream>()|});", "new List<Stream>()", "its part '[]' is of type Stream", "open file or stream")]
    [InlineData("ChildProcess.Create(Bad.Holder, {|MP0004:holder|});", "holder", "its part 'Callback' is of type Func<int>", "a delegate")]
    [InlineData("ChildProcess.Create(Bad.NoCtor, {|MP0004:noCtor|});", "noCtor", "of type NoCtor", "neither an accessible parameterless constructor")]
    [InlineData("ChildProcess.Create(Bad.Pair, (1, {|MP0004:stream|}));", "stream", "of type Stream", "open file or stream")]
    [InlineData("var args = (1, stream); ChildProcess.Create(Bad.Pair, {|MP0004:args|});", "args", "its part 'Item2' is of type Stream", "open file or stream")]
    public Task Fires_on_an_argument_that_cannot_be_marshalled(string body, string argument, string type, string why) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { $"The argument '{argument}' ", type, why });

    [Fact]
    public Task Reports_every_bad_element_of_a_tuple_at_its_own_expression() =>
        Verify.VerifyAnalyzerAsync(Sources("ChildProcess.Create(Bad.Triple, (\"a\", {|MP0004:(object)1|}, {|MP0004:() => 2|}));"));

    [Theory]
    [InlineData("ChildProcess.Create(Good.Ints, new[] { 1, 2 });")]
    [InlineData("ChildProcess.Create(Good.Text, \"a\");")]
    [InlineData("ChildProcess.Create(Good.Color, Color.Red);")]
    [InlineData("ChildProcess.Create(Good.Point, new Point(1, 2));")]
    [InlineData("ChildProcess.Create(Good.Job, new Job(\"j\", new List<Point>(), new Dictionary<string, int[]>(), (1, \"t\")));")]
    [InlineData("ChildProcess.Create(Good.Maybe, (int?)null);")]
    [InlineData("ChildProcess.Create(Good.Set, new HashSet<string>());")]
    [InlineData("ChildProcess.Create(Good.Pair, (1, new List<string>()));")]
    [InlineData("ChildProcess.Create(Good.Guid, Guid.NewGuid());")]
    [InlineData("ChildProcess.Create(Work.Two, (1, \"a\"));")]
    [InlineData("ChildProcess.Create(Work.None);")]
    [InlineData("Func<int, int> f = x => x; f(stream.ReadByte());")]
    public Task Silent_on_arguments_that_can_be_marshalled(string body) =>
        Verify.VerifyAnalyzerAsync(new[]
        {
            $$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using Multiprocessing;

            public static class App
            {
                public static void Go(Stream stream)
                {
                    {{body}}
                }
            }
            """,
            Targets,
            PitfallTestSources.Targets,
        });

    private const string LoggerSources = """
        namespace Microsoft.Extensions.Logging { public interface ILogger<out TCategoryName> { } }
        public sealed class Work { }
        public static class Logging
        {
            [Multiprocessing.ProcessTarget] public static int F(int x, Microsoft.Extensions.Logging.ILogger<Work> log) => x;
            public static void Start(Microsoft.Extensions.Logging.ILogger<Work> log) => Multiprocessing.ChildProcess.Create(F, (1, log)).Start();
        }
        """;

    // As Multiprocessing.Hosting declares it: the public [assembly: ProcessMarshaller] mechanism, no rule in the generator.
    private const string HostingMarshaller = """
        [assembly: Multiprocessing.Marshalling.ProcessMarshaller(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Multiprocessing.Hosting.LoggerMarshaller<>), TypeArgumentsTravel = false)]
        namespace Multiprocessing.Hosting
        {
            public sealed class LoggerMarshaller<T> : Multiprocessing.Marshalling.IProcessMarshaller<Microsoft.Extensions.Logging.ILogger<T>?>
            {
                public void Write(Multiprocessing.Marshalling.MarshalWriter writer, Microsoft.Extensions.Logging.ILogger<T>? value) { }
                public Microsoft.Extensions.Logging.ILogger<T>? Read(ref Multiprocessing.Marshalling.MarshalReader reader) => null;
            }
        }
        """;

    [Fact]
    public Task A_logger_argument_needs_the_hosting_package() =>
        Verify.VerifyMessagesAsync(new[] { LoggerSources.Replace("(F, (1, log))", "(F, (1, {|MP0004:log|}))") }, new[] { "Multiprocessing.Hosting" });

    [Fact]
    public Task A_logger_argument_is_fine_with_the_hosting_package() =>
        Verify.VerifyAnalyzerAsync(new[] { HostingMarshaller + LoggerSources });
}
