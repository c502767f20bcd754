namespace Multiprocessing;

/// <summary>
/// The buffer given to <see cref="Connection.RecvBytesInto(byte[], int)"/> was too small for the message (Python's
/// <c>BufferTooShort</c>). The message was taken out of the pipe: it is in <see cref="ReceivedMessage"/>.
/// </summary>
public sealed class BufferTooShortException : Exception
{
    /// <summary>Creates the exception for a message that did not fit.</summary>
    /// <param name="receivedMessage">The complete message.</param>
    /// <param name="room">How many bytes the buffer had from the offset on.</param>
    public BufferTooShortException(byte[] receivedMessage, int room)
        : base($"The buffer has room for {room} bytes but the message has {receivedMessage.Length}. The message was taken out of the pipe: it is in ReceivedMessage.")
    {
        ReceivedMessage = receivedMessage;
    }

    /// <summary>The complete message, which was taken out of the pipe.</summary>
    public byte[] ReceivedMessage { get; }
}
