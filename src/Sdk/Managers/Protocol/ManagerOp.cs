namespace Multiprocessing.Managers.Protocol;

/// <summary>The operations of the manager protocol: the first byte of every request (see docs/wire-format.md).</summary>
internal enum ManagerOp : byte
{
    /// <summary>Creates an object (or finds the named one): byte kind, string? name, the kind's arguments.</summary>
    Create = 1,

    /// <summary>Checks that the connection works (answers Ok with the server's pid).</summary>
    Ping = 2,

    /// <summary>Local connections: the server creates a shared-memory mailbox for the connection and answers its name; requests then go through it.</summary>
    OpenMailbox = 3,

    DictGet = 10,
    DictSet = 11,
    DictRemove = 12,
    DictContains = 13,
    DictCount = 14,
    DictClear = 15,
    DictItems = 16,
    DictGetOrAdd = 17,
    DictTryAdd = 18,
    DictUpdate = 19,
    DictPopItem = 20,

    ListGet = 30,
    ListSet = 31,
    ListAdd = 32,
    ListInsert = 33,
    ListRemoveAt = 34,
    ListCount = 35,
    ListClear = 36,
    ListItems = 37,
    ListIndexOf = 38,
    ListRemove = 39,
    ListExtend = 40,
    ListReverse = 41,
    ListCountOf = 42,
    ListPop = 43,
    ListSnapshot = 44,
    ListReplaceIf = 45,

    NamespaceGet = 50,
    NamespaceSet = 51,
    NamespaceDelete = 52,
    NamespaceNames = 53,

    QueuePut = 60,
    QueueGet = 61,
    QueueCount = 62,

    LockAcquire = 70,
    LockRelease = 71,

    EventSet = 80,
    EventClear = 81,
    EventIsSet = 82,
    EventWait = 83,

    SemaphoreAcquire = 90,
    SemaphoreRelease = 91,
    SemaphoreValue = 92,

    ValueGet = 100,
    ValueSet = 101,

    Invoke = 110,
}
