namespace Multiprocessing;

/// <summary>
/// A bounded queue had no room for the item (Python's <c>queue.Full</c>): from <c>PutNowait</c>, or from <c>Put</c> when
/// its timeout passed. The item was not put; keep it, retry later, or drop it deliberately.
/// </summary>
public sealed class QueueFullException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QueueFullException()
        : base("The queue is full.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public QueueFullException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public QueueFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
