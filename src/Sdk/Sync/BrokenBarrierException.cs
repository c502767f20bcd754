namespace Multiprocessing;

/// <summary>
/// A <see cref="ProcessBarrier"/> is broken (Python's <c>threading.BrokenBarrierError</c>): it was aborted, reset while
/// this thread waited, a wait on it timed out, its action failed, or a process died while it updated the barrier.
/// Call <see cref="ProcessBarrier.Reset"/> to use it again.
/// </summary>
public sealed class BrokenBarrierException : ProcessException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BrokenBarrierException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that broke the barrier.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BrokenBarrierException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
