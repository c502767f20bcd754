using System.ComponentModel;
using System.Reflection;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// <c>Multiprocessing.Marshalling</c> exports what users write against (the marshaller interface, the writer and reader,
/// the attribute, the exception, ...) and one hidden entry point for generated code; every marshaller the SDK builds on
/// stays internal, behind that entry point.
/// </summary>
public sealed class PublicSurfaceTests
{
    private const int MaxPublicTypes = 10;

    private static Type[] PublicMarshallingTypes() =>
        typeof(IProcessMarshaller<>).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Multiprocessing.Marshalling")
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void The_marshalling_namespace_exports_at_most_ten_types()
    {
        var types = PublicMarshallingTypes();
        Assert.True(types.Length <= MaxPublicTypes,
            $"Multiprocessing.Marshalling exports {types.Length} public types (at most {MaxPublicTypes}): " +
            string.Join(", ", types.Select(t => t.Name)) +
            ". Make what only the SDK or generated code uses internal, and reach it through the generated-code entry point.");
    }

    [Fact]
    public void Exactly_one_exported_marshalling_type_is_hidden_from_users()
    {
        var hidden = PublicMarshallingTypes()
            .Where(t => t.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never)
            .Select(t => t.Name)
            .ToArray();
        Assert.Single(hidden);
    }
}
