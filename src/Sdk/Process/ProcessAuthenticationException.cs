namespace Multiprocessing;

/// <summary>
/// The peer failed the authkey challenge (Python's <c>multiprocessing.AuthenticationError</c>): the two sides do
/// not share the same authkey.
/// </summary>
public sealed class ProcessAuthenticationException : ProcessException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ProcessAuthenticationException(string message) : base(message)
    {
    }
}
