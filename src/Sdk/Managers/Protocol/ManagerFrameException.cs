namespace Multiprocessing.Managers.Protocol;

/// <summary>The byte stream of a manager connection broke or carried something that is not a frame.</summary>
internal sealed class ManagerFrameException : Exception
{
    internal ManagerFrameException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
