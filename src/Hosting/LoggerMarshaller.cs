using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Multiprocessing.Marshalling;

// The public mechanism for a type this package does not own: the source generator reads this attribute from the
// assemblies an app references, and registers the marshaller for every ILogger<T> parameter (T is a category, not data).
[assembly: ProcessMarshaller(typeof(ILogger<>), typeof(Multiprocessing.Hosting.LoggerMarshaller<>), TypeArgumentsTravel = false)]

namespace Multiprocessing.Hosting;

/// <summary>
/// Lets a <see cref="ProcessTargetAttribute"/> method take an <see cref="ILogger{TCategoryName}"/>: the parent passes
/// its own logger, only the category travels, and in the worker the target gets a logger whose entries are forwarded
/// to the parent's logging (see <see cref="ProcessPoolHostOptions.ForwardOutput"/>). This assembly names it with
/// <c>[assembly: ProcessMarshaller(typeof(ILogger&lt;&gt;), ...)]</c>, so that the source generator registers it for
/// every such parameter of an app that references this package; not for use in user code.
/// </summary>
/// <typeparam name="T">The logger's category type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LoggerMarshaller<T> : IProcessMarshaller<ILogger<T>?>
{
    private static readonly string Category = typeof(T).FullName?.Replace('+', '.') ?? typeof(T).Name;

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ILogger<T>? value) => writer.WriteString(Category);

    /// <inheritdoc />
    public ILogger<T>? Read(ref MarshalReader reader) =>
        new ForwardingLogger<T>(reader.ReadString() ?? throw new MarshalException("Malformed data: a logger without a category."));
}
