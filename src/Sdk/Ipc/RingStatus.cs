namespace Multiprocessing.Ipc;

/// <summary>The outcome of an operation on a <see cref="SharedRing"/>.</summary>
internal enum RingStatus
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>The deadline passed (or the caller would not wait) before it could be done.</summary>
    TimedOut,

    /// <summary>Reading: the ring is empty and every process holding its writing end closed it or died.</summary>
    EndOfStream,

    /// <summary>Internal: a streamed message was dropped because its producer died; the read goes on with the next one.</summary>
    Dropped,

    /// <summary>Writing: every process holding the ring's reading end closed it or died.</summary>
    Broken,

    /// <summary>Reading in place: a message is there, but not in one piece (it wraps or is streamed); read it with a copy.</summary>
    NotContiguous,

    /// <summary>The caller's cancellation token was cancelled before it could be done.</summary>
    Canceled,

    /// <summary>The queue was completed (<c>Complete()</c>) and is empty; or every process that put into it died.</summary>
    Completed,

    /// <summary>Reading a queue: it is empty and every process that put into it died without completing it.</summary>
    ProducersGone,
}
