namespace Multiprocessing.Managers.Protocol;

/// <summary>The kinds of object a manager server holds.</summary>
internal enum ManagerObjectKind : byte
{
    Dictionary = 1,
    List = 2,
    Namespace = 3,
    Queue = 4,
    Lock = 5,
    Event = 6,
    Semaphore = 7,
    Value = 8,
    Custom = 9,
}
