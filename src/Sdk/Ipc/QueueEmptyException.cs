namespace Multiprocessing;

/// <summary>
/// The queue had no item (Python's <c>queue.Empty</c>): from <c>GetNowait</c>, or from <c>Get</c> when
/// its timeout passed. Nothing was taken out of the queue.
/// </summary>
public sealed class QueueEmptyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QueueEmptyException()
        : base("The queue is empty.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public QueueEmptyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public QueueEmptyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
