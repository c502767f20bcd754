using System.Collections.Immutable;
using System.ComponentModel;

namespace Multiprocessing.Marshalling;

/// <summary>
/// The marshallers the Multiprocessing source generator composes, for the code it generates in your assembly: one
/// entry point, so that the marshallers themselves stay internal to the SDK. Not meant for your code; register your
/// own with <see cref="Marshaller{T}.Register"/> or name it with <see cref="ProcessMarshallerAttribute"/>.
/// </summary>
/// <remarks>
/// Each method returns the marshaller of one shape, whose element marshallers it looks up in
/// <see cref="Marshaller{T}"/> when it runs. The formats are in docs/wire-format.md.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MarshallerFactory
{
    /// <summary>An array of an unmanaged type, as its raw bytes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<T[]?> UnmanagedArray<T>()
        where T : unmanaged => new UnmanagedArrayMarshaller<T>();

    /// <summary>An array: a count (-1 for null), then each element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<T[]?> Array<T>() => new ArrayMarshaller<T>();

    /// <summary><see cref="List{T}"/>: the bytes of an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<List<T>?> List<T>() => new ListMarshaller<T>();

    /// <summary><see cref="IReadOnlyList{T}"/>: the bytes of a list; the receiver gets an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<IReadOnlyList<T>?> ReadOnlyList<T>() => ReadOnlyListMarshaller<T>.Instance;

    /// <summary><see cref="IReadOnlyCollection{T}"/>: the bytes of a list; the receiver gets an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<IReadOnlyCollection<T>?> ReadOnlyCollection<T>() => ReadOnlyCollectionMarshaller<T>.Instance;

    /// <summary><see cref="ImmutableArray{T}"/>: the bytes of a list (a default array is null).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<ImmutableArray<T>> ImmutableArray<T>() => ImmutableArrayMarshaller<T>.Instance;

    /// <summary><see cref="ImmutableList{T}"/>: the bytes of a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<ImmutableList<T>?> ImmutableList<T>() => ImmutableListMarshaller<T>.Instance;

    /// <summary><see cref="HashSet{T}"/>: a count (-1 for null), then each element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<HashSet<T>?> HashSet<T>() => new HashSetMarshaller<T>();

    /// <summary><see cref="IReadOnlySet{T}"/>: the bytes of a set.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<IReadOnlySet<T>?> ReadOnlySet<T>() => ReadOnlySetMarshaller<T>.Instance;

    /// <summary><see cref="Dictionary{TKey, TValue}"/>: a count (-1 for null), then each key and value.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<Dictionary<TKey, TValue>?> Dictionary<TKey, TValue>()
        where TKey : notnull => new DictionaryMarshaller<TKey, TValue>();

    /// <summary><see cref="IReadOnlyDictionary{TKey, TValue}"/>: the bytes of a dictionary.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<IReadOnlyDictionary<TKey, TValue>?> ReadOnlyDictionary<TKey, TValue>()
        where TKey : notnull => ReadOnlyDictionaryMarshaller<TKey, TValue>.Instance;

    /// <summary><see cref="ImmutableDictionary{TKey, TValue}"/>: the bytes of a dictionary.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<ImmutableDictionary<TKey, TValue>?> ImmutableDictionary<TKey, TValue>()
        where TKey : notnull => ImmutableDictionaryMarshaller<TKey, TValue>.Instance;

    /// <summary><see cref="Memory{T}"/> of an unmanaged type, as its raw bytes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<Memory<T>> Memory<T>()
        where T : unmanaged => MemoryMarshaller<T>.Instance;

    /// <summary><see cref="ReadOnlyMemory{T}"/> of an unmanaged type, as its raw bytes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<ReadOnlyMemory<T>> ReadOnlyMemory<T>()
        where T : unmanaged => ReadOnlyMemoryMarshaller<T>.Instance;

    /// <summary><see cref="Nullable{T}"/> of a struct with references: a presence flag, then the value.</summary>
    /// <typeparam name="T">The struct.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<T?> Nullable<T>()
        where T : struct => new NullableMarshaller<T>();

    /// <summary>A value tuple of one element: the element.</summary>
    /// <typeparam name="T1">The element type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<ValueTuple<T1>> ValueTuple<T1>() => new ValueTupleMarshaller<T1>();

    /// <summary>A value tuple of 2 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2)> ValueTuple<T1, T2>() => new ValueTupleMarshaller<T1, T2>();

    /// <summary>A value tuple of 3 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <typeparam name="T3">The third element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2, T3)> ValueTuple<T1, T2, T3>() => new ValueTupleMarshaller<T1, T2, T3>();

    /// <summary>A value tuple of 4 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <typeparam name="T3">The third element's type.</typeparam>
    /// <typeparam name="T4">The fourth element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2, T3, T4)> ValueTuple<T1, T2, T3, T4>() => new ValueTupleMarshaller<T1, T2, T3, T4>();

    /// <summary>A value tuple of 5 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <typeparam name="T3">The third element's type.</typeparam>
    /// <typeparam name="T4">The fourth element's type.</typeparam>
    /// <typeparam name="T5">The fifth element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2, T3, T4, T5)> ValueTuple<T1, T2, T3, T4, T5>() => new ValueTupleMarshaller<T1, T2, T3, T4, T5>();

    /// <summary>A value tuple of 6 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <typeparam name="T3">The third element's type.</typeparam>
    /// <typeparam name="T4">The fourth element's type.</typeparam>
    /// <typeparam name="T5">The fifth element's type.</typeparam>
    /// <typeparam name="T6">The sixth element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2, T3, T4, T5, T6)> ValueTuple<T1, T2, T3, T4, T5, T6>() => new ValueTupleMarshaller<T1, T2, T3, T4, T5, T6>();

    /// <summary>A value tuple of 7 elements: the elements in order.</summary>
    /// <typeparam name="T1">The first element's type.</typeparam>
    /// <typeparam name="T2">The second element's type.</typeparam>
    /// <typeparam name="T3">The third element's type.</typeparam>
    /// <typeparam name="T4">The fourth element's type.</typeparam>
    /// <typeparam name="T5">The fifth element's type.</typeparam>
    /// <typeparam name="T6">The sixth element's type.</typeparam>
    /// <typeparam name="T7">The seventh element's type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<(T1, T2, T3, T4, T5, T6, T7)> ValueTuple<T1, T2, T3, T4, T5, T6, T7>() => new ValueTupleMarshaller<T1, T2, T3, T4, T5, T6, T7>();

    /// <summary>A handle (<see cref="IProcessHandle{TSelf}"/>): its name, then its attach data; the receiver attaches to the same object.</summary>
    /// <typeparam name="T">The handle type.</typeparam>
    /// <returns>The marshaller.</returns>
    public static IProcessMarshaller<T?> Handle<T>()
        where T : class, IProcessHandle<T> => HandleMarshaller<T>.Instance;
}
