namespace Multiprocessing.Marshalling;

/// <summary>
/// Thrown when bytes cannot be turned back into a value (truncated, corrupt or garbage input), or when a value
/// cannot be written because no marshaller is known for its type.
/// </summary>
public sealed class MarshalException : ProcessException
{
    /// <summary>Creates the exception with a message that says what was wrong and what to do.</summary>
    /// <param name="message">The message.</param>
    public MarshalException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MarshalException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
