namespace Multiprocessing;

/// <summary>
/// The base class of the SDK's own errors (Python's <c>multiprocessing.ProcessError</c>).
/// </summary>
public class ProcessException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ProcessException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ProcessException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
