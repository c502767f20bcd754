namespace Multiprocessing;

/// <summary>
/// A put without blocking (or with a timeout that ran out) found the queue full (Python's <c>queue.Full</c>).
/// </summary>
public sealed class QueueFullException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public QueueFullException(string message) : base(message)
    {
    }
}
