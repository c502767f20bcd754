using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals <see cref="ImmutableArray{T}"/> as a sequence (a default array is the null header, and reads back as
/// default); the receiver's array is wrapped without a copy.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ImmutableArrayMarshaller<T> : IProcessMarshaller<ImmutableArray<T>>
{
    internal static readonly ImmutableArrayMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, ImmutableArray<T> value) =>
        SequenceFormat<T>.Write(writer, value.IsDefault ? null : value, value.IsDefault ? 0 : value.Length);

    public ImmutableArray<T> Read(ref MarshalReader reader) =>
        SequenceFormat<T>.ReadArray(ref reader) is { } array ? ImmutableCollectionsMarshal.AsImmutableArray(array) : default;
}
