
namespace Multiprocessing.Generators.Tests;

/// <summary>
/// Types that name their marshaller with [ProcessMarshaller] (the SDK's handle types do): the generator registers that
/// marshaller, closed over the type's arguments, and generates marshallers for the arguments.
/// </summary>
public class DeclaredMarshallerTests
{
    private const string Source = """
        using System.Collections.Generic;
        using Multiprocessing;
        using Multiprocessing.Marshalling;

        namespace Dm
        {
            public record Person(string Name, int Age);

            /// A handle whose marshaller writes only a name, then the payload with the element's marshaller.
            [ProcessMarshaller(typeof(HandleMarshaller<>))]
            public sealed class Handle<T> { public string Name = ""; public T? Payload; }

            public sealed class HandleMarshaller<T> : IProcessMarshaller<Handle<T>?>
            {
                public void Write(MarshalWriter writer, Handle<T>? value)
                {
                    writer.WriteString("handle:" + value!.Name);
                    Marshaller<T?>.Default.Write(writer, value.Payload);
                }

                public Handle<T>? Read(ref MarshalReader reader) =>
                    new() { Name = reader.ReadString()! + ":read", Payload = Marshaller<T?>.Default.Read(ref reader) };
            }

            [ProcessMarshaller(typeof(TokenMarshaller))]
            public readonly struct Token { public readonly int Value; public Token(int value) => Value = value; }

            public sealed class TokenMarshaller : IProcessMarshaller<Token>
            {
                public void Write(MarshalWriter writer, Token value) => writer.WriteUnmanaged(value.Value * 10);
                public Token Read(ref MarshalReader reader) => new(reader.ReadUnmanaged<int>() + 1);
            }

            public static class Worker
            {
                [ProcessTarget] public static int Use(Handle<Person> handle, Token token) => token.Value;
            }

            public static class Probe
            {
                public static string RoundTrip()
                {
                    var w = new MarshalWriter();
                    Marshaller<Handle<Person>?>.Default.Write(w, new Handle<Person> { Name = "h", Payload = new Person("Ann", 3) });
                    Marshaller<Token>.Default.Write(w, new Token(4));
                    var r = new MarshalReader(w.WrittenSpan);
                    var handle = Marshaller<Handle<Person>?>.Default.Read(ref r)!;
                    var token = Marshaller<Token>.Default.Read(ref r);
                    r.EnsureEnd("probe");
                    return handle.Name + "|" + handle.Payload + "|" + token.Value;
                }
            }
        }
        """;

    [Fact]
    public void The_declared_marshaller_is_registered_and_the_element_type_gets_one()
    {
        var run = GeneratorHarness.RunClean(Source);
        string generated = string.Join("\n", run.Sources.Select(s => s.Source));
        Assert.Contains("Marshaller<global::Dm.Handle<global::Dm.Person>?>.TryRegister(new global::Dm.HandleMarshaller<global::Dm.Person>());", generated);
        Assert.Contains("Marshaller<global::Dm.Token>.TryRegister(new global::Dm.TokenMarshaller());", generated);
        Assert.Contains("Marshaller<global::Dm.Person?>.TryRegister(", generated); // generated for the handle's element

        var assembly = GeneratorHarness.Load(run.Output);
        string result = (string)GeneratorHarness.Call(assembly, "Dm.Probe", "RoundTrip")!;
        Assert.Equal("handle:h:read|Person { Name = Ann, Age = 3 }|41", result);
    }
}
