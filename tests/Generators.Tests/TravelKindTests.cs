using System.Reflection;
using Multiprocessing.Marshalling;
using Multiprocessing.Rules;

namespace Multiprocessing.Generators.Tests;

/// <summary>
/// The generator registers a composed shape (a collection, a nullable, a tuple, a handle) through the
/// <c>MarshallerFactory</c> method named after its <see cref="TravelKind"/>: every such kind must have one.
/// </summary>
public class TravelKindTests
{
    [Fact]
    public void Every_composed_travel_kind_names_a_MarshallerFactory_method()
    {
        // The kinds whose marshaller is the user's or a generated class, not a factory method.
        var generated = new[] { TravelKind.Custom, TravelKind.Object, TravelKind.Union, TravelKind.MemoryPack };
        var methods = typeof(MarshallerFactory).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).ToHashSet();

        var missing = Enum.GetValues<TravelKind>().Except(generated).Where(k => !methods.Contains(k.ToString()));

        Assert.Empty(missing);
    }
}
