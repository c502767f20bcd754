namespace Multiprocessing.Generators.Model
{
    /// <summary>Which marshaller a non-built-in type gets: the <c>Multiprocessing.Marshalling.MarshallerFactory</c> method generated code calls, or a generated or named one.</summary>
    internal enum MarshalKind
    {
        /// <summary><c>MarshallerFactory.UnmanagedArray&lt;T&gt;()</c>.</summary>
        UnmanagedArray,

        /// <summary><c>MarshallerFactory.Array&lt;T&gt;()</c>.</summary>
        Array,

        /// <summary><c>MarshallerFactory.List&lt;T&gt;()</c>.</summary>
        List,

        /// <summary><c>MarshallerFactory.Dictionary&lt;TKey, TValue&gt;()</c>.</summary>
        Dictionary,

        /// <summary><c>MarshallerFactory.HashSet&lt;T&gt;()</c>.</summary>
        HashSet,

        /// <summary><c>MarshallerFactory.Nullable&lt;T&gt;()</c>.</summary>
        Nullable,

        /// <summary><c>MarshallerFactory.ValueTuple&lt;...&gt;()</c>.</summary>
        ValueTuple,

        /// <summary><c>MarshallerFactory.Handle&lt;T&gt;()</c>: a type that implements <c>IProcessHandle&lt;T&gt;</c>.</summary>
        Handle,

        /// <summary>The marshaller named by <c>[ProcessMarshaller]</c> on the type (<see cref="MarshalTypeModel.MarshallerTypeName"/>).</summary>
        Custom,

        /// <summary>A generated object marshaller (record, class or struct) for exactly this type.</summary>
        Object,

        /// <summary>A generated marshaller for a class with derived types: a tag naming the concrete class, then its object marshaller.</summary>
        Union,

        /// <summary><c>MarshallerFactory.ReadOnlyList&lt;T&gt;()</c>: an <c>IReadOnlyList&lt;T&gt;</c>.</summary>
        ReadOnlyList,

        /// <summary><c>MarshallerFactory.ReadOnlyCollection&lt;T&gt;()</c>: an <c>IReadOnlyCollection&lt;T&gt;</c>.</summary>
        ReadOnlyCollection,

        /// <summary><c>MarshallerFactory.ReadOnlySet&lt;T&gt;()</c>: an <c>IReadOnlySet&lt;T&gt;</c>.</summary>
        ReadOnlySet,

        /// <summary><c>MarshallerFactory.ReadOnlyDictionary&lt;TKey, TValue&gt;()</c>: an <c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c>.</summary>
        ReadOnlyDictionary,

        /// <summary><c>MarshallerFactory.ImmutableArray&lt;T&gt;()</c>: an <c>ImmutableArray&lt;T&gt;</c>.</summary>
        ImmutableArray,

        /// <summary><c>MarshallerFactory.ImmutableList&lt;T&gt;()</c>: an <c>ImmutableList&lt;T&gt;</c>.</summary>
        ImmutableList,

        /// <summary><c>MarshallerFactory.ImmutableDictionary&lt;TKey, TValue&gt;()</c>: an <c>ImmutableDictionary&lt;TKey, TValue&gt;</c>.</summary>
        ImmutableDictionary,

        /// <summary><c>MarshallerFactory.Memory&lt;T&gt;()</c>: a <c>Memory&lt;T&gt;</c> as raw bytes.</summary>
        Memory,

        /// <summary><c>MarshallerFactory.ReadOnlyMemory&lt;T&gt;()</c>: a <c>ReadOnlyMemory&lt;T&gt;</c> as raw bytes.</summary>
        ReadOnlyMemory,

        /// <summary>
        /// A generated marshaller that calls MemoryPack on the concrete <c>[MemoryPackable]</c> type (see
        /// <c>MemoryPackEmitter</c>); its members are MemoryPack's business and are not walked.
        /// </summary>
        MemoryPack,
    }
}
