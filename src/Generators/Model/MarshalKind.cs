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

        /// <summary>A generated object marshaller (record, class or struct).</summary>
        Object,

        /// <summary>
        /// A generated marshaller that calls MemoryPack on the concrete <c>[MemoryPackable]</c> type (see
        /// <c>MemoryPackEmitter</c>); its members are MemoryPack's business and are not walked.
        /// </summary>
        MemoryPack,
    }
}
