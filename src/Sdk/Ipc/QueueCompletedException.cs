namespace Multiprocessing;

/// <summary>
/// A queue was completed (<see cref="ProcessQueue{T}.Complete"/>, in any process) and holds no item any more, so a
/// <c>Get</c> can never succeed; or an item was put after the completion (Python has no equivalent; the .NET one is
/// <c>System.Threading.Channels.ChannelClosedException</c>).
/// </summary>
/// <remarks>When the queue was completed with an error, <see cref="Exception.Message"/> carries that error's text
/// (and the inner exception is the error itself in the process that completed the queue).</remarks>
public sealed class QueueCompletedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public QueueCompletedException()
        : base("The queue was completed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public QueueCompletedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error the queue was completed with.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The error given to <c>Complete</c>.</param>
    public QueueCompletedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
