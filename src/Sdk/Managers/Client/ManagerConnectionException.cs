namespace Multiprocessing;

/// <summary>
/// A manager could not be reached, or its connection broke: the server process exited or was killed, the address
/// is wrong, or the stream was corrupted. Calls on proxies of that manager fail with this exception until the
/// server is reachable again (each call tries to reconnect).
/// </summary>
public sealed class ManagerConnectionException : ProcessException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ManagerConnectionException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ManagerConnectionException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
