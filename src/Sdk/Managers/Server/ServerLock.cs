using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// A lock on the server, owned by the connection (so by the client thread) that acquired it: releasing a lock you do
/// not hold is an error, and a client that goes away releases what it held. Reentrant for an RLock.
/// </summary>
internal sealed class ServerLock : ServerObject
{
    private readonly bool _reentrant;
    private ServerConnection? _owner;
    private int _count;

    internal ServerLock(bool reentrant) => _reentrant = reentrant;

    internal override ManagerObjectKind Kind => ManagerObjectKind.Lock;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (this)
        {
            switch (op)
            {
                case ManagerOp.LockAcquire:
                {
                    long deadline = ReadDeadline(ref request);
                    if (_owner == connection && _reentrant)
                    {
                        _count++;
                        reply.Write(true);
                        break;
                    }

                    if (_owner == connection)
                    {
                        throw new ManagerFault(ManagerError.InvalidOperation, "The lock is already held by this thread: a ManagedLock is not reentrant (use CreateRLock), so acquiring it again would deadlock.");
                    }

                    bool acquired = true;
                    while (_owner is not null)
                    {
                        if (!connection.Wait(this, deadline))
                        {
                            acquired = false;
                            break;
                        }
                    }

                    if (acquired)
                    {
                        _owner = connection;
                        _count = 1;
                        connection.Holds(this);
                    }

                    reply.Write(acquired);
                    break;
                }

                case ManagerOp.LockRelease:
                    if (_owner != connection)
                    {
                        throw new ManagerFault(ManagerError.NotOwner, _owner is null
                            ? "Cannot release a lock that is not held."
                            : "Cannot release a lock held by another thread or process.");
                    }

                    if (--_count == 0)
                    {
                        _owner = null;
                        Monitor.PulseAll(this);
                    }

                    break;
                default:
                    throw WrongOp(op);
            }
        }
    }

    /// <summary>Releases the lock if <paramref name="connection"/> holds it (its client went away).</summary>
    internal void ReleaseAll(ServerConnection connection)
    {
        lock (this)
        {
            if (_owner == connection)
            {
                _owner = null;
                _count = 0;
                Monitor.PulseAll(this);
            }
        }
    }
}
