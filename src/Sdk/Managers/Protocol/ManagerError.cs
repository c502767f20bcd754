namespace Multiprocessing.Managers.Protocol;

/// <summary>Why a request failed: the code of an error reply, which the client turns into the matching .NET exception.</summary>
internal enum ManagerError : byte
{
    /// <summary>A malformed request (<see cref="ProcessException"/>).</summary>
    Protocol = 1,

    /// <summary><see cref="KeyNotFoundException"/>.</summary>
    KeyNotFound = 2,

    /// <summary><see cref="ArgumentOutOfRangeException"/>.</summary>
    IndexOutOfRange = 3,

    /// <summary><see cref="QueueEmptyException"/>.</summary>
    QueueEmpty = 4,

    /// <summary><see cref="QueueFullException"/>.</summary>
    QueueFull = 5,

    /// <summary><see cref="SynchronizationLockException"/>: a lock released by a client that does not hold it.</summary>
    NotOwner = 6,

    /// <summary>No object has the id, or it is of another kind (<see cref="ProcessException"/>).</summary>
    NoSuchObject = 7,

    /// <summary>A method of a registered type threw (<see cref="RemoteProcessException"/>).</summary>
    Remote = 8,

    /// <summary>The server has no registered type of that id (<see cref="ProcessException"/>).</summary>
    NotRegistered = 9,

    /// <summary><see cref="InvalidOperationException"/>.</summary>
    InvalidOperation = 10,

    /// <summary><see cref="ArgumentException"/>.</summary>
    InvalidArgument = 11,
}
