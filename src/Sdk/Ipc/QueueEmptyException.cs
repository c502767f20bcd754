namespace Multiprocessing;

/// <summary>
/// A get without blocking (or with a timeout that ran out) found the queue empty (Python's <c>queue.Empty</c>).
/// </summary>
public sealed class QueueEmptyException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public QueueEmptyException(string message) : base(message)
    {
    }
}
