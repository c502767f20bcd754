using System.Diagnostics;
using System.Runtime.InteropServices;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>
/// The process's one thread for async waits, where the kernel has io_uring futex waits (Linux 6.7+): each pending
/// operation is one <c>IORING_OP_FUTEX_WAIT</c> request on its word, all on one ring, and this thread sleeps in
/// <c>io_uring_enter</c> until any of them completes, then hands those operations back to the thread pool. 10,000
/// pending gets on 10,000 queues: one thread, asleep.
/// </summary>
/// <remarks>
/// <para>Only this thread touches the ring (submissions and completions). Other threads hand it operations to add
/// and tickets to cancel through two lists under <see cref="_gate"/>, then wake it through a private control word,
/// which the thread itself sleeps on with a futex request of its own (ticket <see cref="ControlTicket"/>).</para>
/// <para>Deadlines and the liveness period (waits that depend on another process staying alive are looked at again
/// every <see cref="SpinPolicy.LivenessPeriod"/>, as a blocking wait is) are the timeout of the thread's sleep; at
/// each, it scans its operations. A wait that ends without its futex request completing (a deadline, a liveness
/// check, a cancelled token) gets its request cancelled in the kernel.</para>
/// </remarks>
internal sealed unsafe class UringWaiter : IWaitOperationOwner
{
    private const ulong ControlTicket = 1, CancelTicket = 2, ProbeTicket = 3, FirstTicket = 16;
    private const uint Entries = 256, Completions = 4096;

    private static readonly object s_startGate = new();
    private static UringWaiter? s_instance;
    private static int s_state; // 0: not tried, 1: running, -1: unavailable

    private readonly object _gate = new();
    private readonly int* _control;
    private List<WaitOperation> _incoming = [], _incomingSpare = [];
    private List<ulong> _cancels = [], _cancelsSpare = [];
    private readonly Dictionary<ulong, WaitOperation> _pending = [];
    private readonly List<WaitOperation> _fired = [];
    private readonly List<ulong> _expired = [];
    private readonly ManualResetEventSlim _started = new();
    private IoUringQueue? _ring;
    private ulong _nextTicket = FirstTicket;
    private long _nextScan = long.MaxValue;
    private int _watchers;

    private UringWaiter()
    {
        _control = (int*)NativeMemory.AllocZeroed(sizeof(int)); // lives as long as the process (the thread never ends)
    }

    /// <summary>Why io_uring is not used here, when it is not (for diagnostics and tests), else null.</summary>
    internal static string? UnavailableReason { get; private set; }

    /// <summary>
    /// The waiter, started on first use; null where io_uring futex waits are not available (the caller then uses
    /// <see cref="FutexWaiterThread"/>s) or <c>MULTIPROCESSING_IO_URING=0</c> turns them off.
    /// </summary>
    internal static UringWaiter? Instance
    {
        get
        {
            if (Volatile.Read(ref s_state) != 0)
            {
                return s_instance;
            }

            lock (s_startGate)
            {
                if (s_state == 0)
                {
                    s_instance = TryStart();
                    Volatile.Write(ref s_state, s_instance is null ? -1 : 1);
                }

                return s_instance;
            }
        }
    }

    /// <summary>The environment variable that turns io_uring off (<c>0</c>), for systems whose policy forbids it.</summary>
    internal const string SwitchVariable = "MULTIPROCESSING_IO_URING";

    private static UringWaiter? TryStart()
    {
        if (!Futex.IsSupported)
        {
            UnavailableReason = "not Linux x64";
            return null;
        }

        if (Environment.GetEnvironmentVariable(SwitchVariable) == "0")
        {
            UnavailableReason = $"{SwitchVariable}=0";
            return null;
        }

        var waiter = new UringWaiter();
        var thread = new Thread(waiter.Loop, maxStackSize: 256 * 1024) { IsBackground = true, Name = ".NET Multiprocessing io_uring waiter" };
        thread.UnsafeStart();
        waiter._started.Wait();
        return waiter._ring is null ? null : waiter;
    }

    /// <summary>Takes an armed operation: its word is slept on from the next turn of the thread.</summary>
    internal void Add(WaitOperation operation)
    {
        lock (_gate)
        {
            operation.Owner = this;
            operation.Ticket = 0;
            _incoming.Add(operation);
            operation.MarkRegistered(); // only now can a cancellation claim it (and find it here to remove it)
        }

        Poke();
    }

    /// <inheritdoc />
    public void Remove(WaitOperation operation)
    {
        lock (_gate)
        {
            if (operation.Owner != this)
            {
                return;
            }

            operation.Owner = null;
            if (operation.Ticket == 0)
            {
                _ = _incoming.Remove(operation); // not submitted yet
                return;
            }

            _cancels.Add(operation.Ticket);
        }

        Poke();
    }

    private void Poke()
    {
        Interlocked.Increment(ref *_control);
        Futex.Wake(_control, 1);
    }

    private void Loop()
    {
        try
        {
            _ring = Open();
        }
        finally
        {
            _started.Set();
        }

        if (_ring is null)
        {
            return;
        }

        long livenessTicks = (long)(SpinPolicy.LivenessPeriod.TotalSeconds * Stopwatch.Frequency);
        long nextLiveness = long.MaxValue;
        ArmControl();
        while (true)
        {
            long wakeAt = Math.Min(_nextScan, _watchers > 0 ? nextLiveness : long.MaxValue);
            long timeout = wakeAt == long.MaxValue ? -1 : Math.Max(0, (long)((wakeAt - Stopwatch.GetTimestamp()) * (1e9 / Stopwatch.Frequency)));
            _ = _ring.Submit(wait: true, timeout);

            bool control = false;
            while (_ring.TryReap(out var completion))
            {
                if (completion.UserData == ControlTicket)
                {
                    control = true;
                }
                else if (completion.UserData >= FirstTicket && _pending.Remove(completion.UserData, out var operation))
                {
                    Forget(operation);
                    if (operation.TryClaim()) // else a cancellation claimed it: its Remove finds the ticket gone
                    {
                        Detach(operation);
                        _fired.Add(operation);
                    }
                }
            }

            if (control)
            {
                ArmControl(); // before taking the lists: a poke after this read wakes the new request
            }

            TakeRequests();

            long now = Stopwatch.GetTimestamp();
            bool liveness = _watchers > 0 && now >= nextLiveness;
            if (_watchers > 0 && (liveness || nextLiveness == long.MaxValue))
            {
                nextLiveness = now + livenessTicks;
            }

            if (liveness || now >= _nextScan)
            {
                Scan(now, liveness);
            }

            foreach (var operation in _fired)
            {
                ThreadPool.UnsafeQueueUserWorkItem(operation, preferLocal: false);
            }

            _fired.Clear();
        }
    }

    /// <summary>Sets up the ring and checks that it takes futex waits (Linux 6.7+).</summary>
    private IoUringQueue? Open()
    {
        var ring = IoUringQueue.TryCreate(Entries, Completions, out int error);
        if (ring is null)
        {
            UnavailableReason = $"io_uring_setup failed (errno {-error})";
            return null;
        }

        // A probe that completes at once: a word that does not hold the expected value (EAGAIN), or EINVAL where the
        // kernel does not know the opcode.
        int word = 1;
        var sqe = ring.TryNext();
        PrepareWait(sqe, &word, 0, ProbeTicket);
        int submitted = ring.Submit(wait: true, 1_000_000_000);
        if (submitted == 1 && ring.TryReap(out var completion) && completion.UserData == ProbeTicket && completion.Result == -IoUring.EAGAIN)
        {
            return ring;
        }

        UnavailableReason = $"io_uring has no futex wait (submitted {submitted})";
        return null; // the descriptor stays open, unused: this process never tries again
    }

    private void ArmControl()
    {
        int value = Volatile.Read(ref *_control);
        PrepareWait(NextSqe(), _control, value, ControlTicket);
    }

    private void TakeRequests()
    {
        List<WaitOperation> incoming;
        List<ulong> cancels;
        lock (_gate)
        {
            if (_incoming.Count == 0 && _cancels.Count == 0)
            {
                return;
            }

            (incoming, _incoming, _incomingSpare) = (_incoming, _incomingSpare, _incoming);
            (cancels, _cancels, _cancelsSpare) = (_cancels, _cancelsSpare, _cancels);
            foreach (var operation in incoming)
            {
                operation.Ticket = _nextTicket++; // under the gate: a Remove from now on cancels this ticket
            }
        }

        foreach (ulong ticket in cancels)
        {
            if (_pending.Remove(ticket, out var operation))
            {
                Forget(operation); // claimed by the cancellation that sent the ticket
                CancelRequest(ticket);
            }
        }

        foreach (var operation in incoming)
        {
            _pending.Add(operation.Ticket, operation);
            if (operation.WatchesPeers)
            {
                _watchers++;
            }

            _nextScan = Math.Min(_nextScan, operation.Deadline);
            PrepareWait(NextSqe(), operation.Word, operation.Expected, operation.Ticket);
        }

        // Submitted now, then looked at once more: a change that is not a change of the word (a handle closed in this
        // process, which then wakes the word without changing it) made before the kernel queued the request woke
        // nothing, so it is seen here.
        _ = _ring!.Submit(wait: false, 0);
        foreach (var operation in incoming)
        {
            if (Looks(operation, liveness: false) && _pending.Remove(operation.Ticket))
            {
                Forget(operation);
                if (operation.TryClaim())
                {
                    Detach(operation);
                    _fired.Add(operation);
                }

                CancelRequest(operation.Ticket);
            }
        }

        incoming.Clear();
        cancels.Clear();
    }

    /// <summary>Fires the operations whose deadline passed or (on a liveness tick) whose peer may be gone.</summary>
    private void Scan(long now, bool liveness)
    {
        long next = long.MaxValue;
        foreach (var (ticket, operation) in _pending)
        {
            if ((now >= operation.Deadline || Looks(operation, liveness))
                && operation.TryClaim())
            {
                _expired.Add(ticket);
                _fired.Add(operation);
            }
            else
            {
                next = Math.Min(next, operation.Deadline);
            }
        }

        foreach (ulong ticket in _expired)
        {
            _ = _pending.Remove(ticket, out var operation);
            Forget(operation!);
            Detach(operation!);
            CancelRequest(ticket);
        }

        _expired.Clear();
        _nextScan = next;
    }

    /// <summary>
    /// Whether the operation should run now (its state moved, or on a liveness tick its peer may be gone). A check that
    /// throws runs the operation too, which then reports the exception to its awaiter: nothing ends this thread.
    /// </summary>
    private static bool Looks(WaitOperation operation, bool liveness)
    {
        try
        {
            return operation.IsSignaled() || (liveness && operation.WatchesPeers && operation.PeerMayBeGone());
        }
        catch (Exception)
        {
            return true;
        }
    }

    /// <summary>A claimed operation leaves this waiter (under the gate: a concurrent Remove then finds it gone).</summary>
    private void Detach(WaitOperation operation)
    {
        lock (_gate)
        {
            if (operation.Owner == this)
            {
                operation.Owner = null;
            }
        }
    }

    /// <summary>An operation left <see cref="_pending"/>.</summary>
    private void Forget(WaitOperation operation)
    {
        if (operation.WatchesPeers)
        {
            _watchers--;
        }
    }

    private void CancelRequest(ulong ticket)
    {
        var sqe = NextSqe();
        sqe->Opcode = IoUring.OpAsyncCancel;
        sqe->Fd = -1;
        sqe->Address = ticket;
        sqe->UserData = CancelTicket;
    }

    private IoUring.Sqe* NextSqe()
    {
        while (true)
        {
            var sqe = _ring!.TryNext();
            if (sqe is not null)
            {
                return sqe;
            }

            _ = _ring.Submit(wait: false, 0); // every slot is written: hand them to the kernel first
        }
    }

    private static void PrepareWait(IoUring.Sqe* sqe, int* word, int expected, ulong ticket)
    {
        sqe->Opcode = IoUring.OpFutexWait;
        sqe->Fd = (int)IoUring.Futex2SizeU32;
        sqe->Address = (ulong)(nint)word;
        sqe->Address2 = (uint)expected;
        sqe->Address3 = IoUring.FutexMatchAny;
        sqe->UserData = ticket;
    }
}
