namespace Multiprocessing.Rules;

/// <summary>
/// How a type that is not built in travels: which marshaller the generator registers for it (the generator's models
/// carry it as is). A composed shape (a collection, <see cref="Nullable"/>, <see cref="ValueTuple"/>, <see cref="Handle"/>)
/// is named after the <c>Multiprocessing.Marshalling.MarshallerFactory</c> method that generated code calls for it.
/// </summary>
internal enum TravelKind
{
    /// <summary>An array of an unmanaged type, as its raw bytes.</summary>
    UnmanagedArray,

    /// <summary>An array of any other element type.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>Dictionary&lt;TKey, TValue&gt;</c>.</summary>
    Dictionary,

    /// <summary><c>HashSet&lt;T&gt;</c>.</summary>
    HashSet,

    /// <summary><c>Nullable&lt;T&gt;</c>.</summary>
    Nullable,

    /// <summary>A value tuple of up to 7 elements.</summary>
    ValueTuple,

    /// <summary>A type that implements <c>IProcessHandle&lt;TSelf&gt;</c> (the SDK's locks, queues, pipes, shared memory, manager proxies): its name.</summary>
    Handle,

    /// <summary>The marshaller named by <c>[ProcessMarshaller]</c> on the type, or by an assembly-level one.</summary>
    Custom,

    /// <summary>A generated member-by-member marshaller (record, class or struct) for exactly this type.</summary>
    Object,

    /// <summary>A non-sealed class with derived types: a tag naming the concrete type, then its object marshaller.</summary>
    Union,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c>.</summary>
    ReadOnlyList,

    /// <summary><c>IReadOnlyCollection&lt;T&gt;</c>.</summary>
    ReadOnlyCollection,

    /// <summary><c>IReadOnlySet&lt;T&gt;</c>.</summary>
    ReadOnlySet,

    /// <summary><c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c>.</summary>
    ReadOnlyDictionary,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,

    /// <summary><c>ImmutableList&lt;T&gt;</c>.</summary>
    ImmutableList,

    /// <summary><c>ImmutableDictionary&lt;TKey, TValue&gt;</c>.</summary>
    ImmutableDictionary,

    /// <summary><c>Memory&lt;T&gt;</c> of an unmanaged <c>T</c>, as its raw bytes.</summary>
    Memory,

    /// <summary><c>ReadOnlyMemory&lt;T&gt;</c> of an unmanaged <c>T</c>, as its raw bytes.</summary>
    ReadOnlyMemory,

    /// <summary>A <c>[MemoryPackable]</c> type: MemoryPack writes it, its members are not walked.</summary>
    MemoryPack,
}
