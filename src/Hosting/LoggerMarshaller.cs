using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Hosting;

/// <summary>
/// Lets a <see cref="ProcessTargetAttribute"/> method take an <see cref="ILogger{TCategoryName}"/>: the parent passes
/// its own logger, only the category travels, and in the worker the target gets a logger whose entries are forwarded
/// to the parent's logging (see <see cref="ProcessPoolHostOptions.ForwardOutput"/>). The source generator registers
/// it for every such parameter when this package is referenced; not for use in user code.
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
