namespace Multiprocessing.Generators.Model
{
    /// <summary>Which marshaller a non-built-in type gets.</summary>
    internal enum MarshalKind
    {
        /// <summary><c>UnmanagedArrayMarshaller&lt;T&gt;</c>.</summary>
        UnmanagedArray,

        /// <summary><c>ArrayMarshaller&lt;T&gt;</c>.</summary>
        Array,

        /// <summary><c>ListMarshaller&lt;T&gt;</c>.</summary>
        List,

        /// <summary><c>DictionaryMarshaller&lt;TKey, TValue&gt;</c>.</summary>
        Dictionary,

        /// <summary><c>HashSetMarshaller&lt;T&gt;</c>.</summary>
        HashSet,

        /// <summary><c>NullableMarshaller&lt;T&gt;</c>.</summary>
        Nullable,

        /// <summary><c>ValueTupleMarshaller&lt;...&gt;</c>.</summary>
        ValueTuple,

        /// <summary><c>Multiprocessing.Hosting.LoggerMarshaller&lt;T&gt;</c>: an <c>ILogger&lt;T&gt;</c> whose entries the child forwards to the parent.</summary>
        Logger,

        /// <summary><c>SharedArrayMarshaller&lt;T&gt;</c>: a handle to shared memory.</summary>
        SharedArray,

        /// <summary><c>SharedValueMarshaller&lt;T&gt;</c>: a handle to shared memory.</summary>
        SharedValue,

        /// <summary>The marshaller named by <c>[ProcessMarshaller]</c> on the type (<see cref="MarshalTypeModel.MarshallerTypeName"/>).</summary>
        Custom,

        /// <summary>A generated object marshaller (record, class or struct) for exactly this type.</summary>
        Object,

        /// <summary>A generated marshaller for a class with derived types: a tag naming the concrete class, then its object marshaller.</summary>
        Union,

        /// <summary><c>ListMarshaller&lt;T&gt;.ReadOnlyList</c>: an <c>IReadOnlyList&lt;T&gt;</c>.</summary>
        ReadOnlyList,

        /// <summary><c>ListMarshaller&lt;T&gt;.ReadOnlyCollection</c>: an <c>IReadOnlyCollection&lt;T&gt;</c>.</summary>
        ReadOnlyCollection,

        /// <summary><c>HashSetMarshaller&lt;T&gt;.ReadOnlySet</c>: an <c>IReadOnlySet&lt;T&gt;</c>.</summary>
        ReadOnlySet,

        /// <summary><c>DictionaryMarshaller&lt;TKey, TValue&gt;.ReadOnlyDictionary</c>: an <c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c>.</summary>
        ReadOnlyDictionary,

        /// <summary><c>ListMarshaller&lt;T&gt;.ImmutableArray</c>: an <c>ImmutableArray&lt;T&gt;</c>.</summary>
        ImmutableArray,

        /// <summary><c>ListMarshaller&lt;T&gt;.ImmutableList</c>: an <c>ImmutableList&lt;T&gt;</c>.</summary>
        ImmutableList,

        /// <summary><c>DictionaryMarshaller&lt;TKey, TValue&gt;.ImmutableDictionary</c>: an <c>ImmutableDictionary&lt;TKey, TValue&gt;</c>.</summary>
        ImmutableDictionary,

        /// <summary><c>UnmanagedArrayMarshaller&lt;T&gt;.Memory</c>: a <c>Memory&lt;T&gt;</c> as raw bytes.</summary>
        Memory,

        /// <summary><c>UnmanagedArrayMarshaller&lt;T&gt;.ReadOnlyMemory</c>: a <c>ReadOnlyMemory&lt;T&gt;</c> as raw bytes.</summary>
        ReadOnlyMemory,

        /// <summary>
        /// A generated marshaller that calls MemoryPack on the concrete <c>[MemoryPackable]</c> type (see
        /// <c>MemoryPackEmitter</c>); its members are MemoryPack's business and are not walked.
        /// </summary>
        MemoryPack,
    }
}
