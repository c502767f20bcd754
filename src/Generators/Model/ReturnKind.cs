namespace Multiprocessing.Generators.Model
{
    /// <summary>How a target returns.</summary>
    internal enum ReturnKind
    {
        /// <summary><c>void</c>.</summary>
        Void,

        /// <summary>A value, synchronously.</summary>
        Value,

        /// <summary><c>Task</c>.</summary>
        Task,

        /// <summary><c>Task&lt;T&gt;</c>.</summary>
        TaskOfT,

        /// <summary><c>ValueTask</c>.</summary>
        ValueTask,

        /// <summary><c>ValueTask&lt;T&gt;</c>.</summary>
        ValueTaskOfT,
    }
}
