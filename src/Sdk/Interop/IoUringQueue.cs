using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>
/// One io_uring: its descriptor and its mapped submission and completion queues. Not thread-safe: one thread owns it
/// (the one that created it, which the kernel holds to with <c>IORING_SETUP_SINGLE_ISSUER</c>).
/// </summary>
internal sealed unsafe class IoUringQueue
{
    private readonly int _fd;
    private readonly uint* _sqHead, _sqTail, _sqArray, _cqHead, _cqTail;
    private readonly uint _sqMask, _sqEntries, _cqMask;
    private readonly IoUring.Sqe* _sqes;
    private readonly IoUring.Cqe* _cqes;
    private uint _sqLocalTail;

    private IoUringQueue(int fd, in IoUring.Params p, byte* sq, byte* cq, IoUring.Sqe* sqes)
    {
        _fd = fd;
        _sqHead = (uint*)(sq + p.SqOffsets.Head);
        _sqTail = (uint*)(sq + p.SqOffsets.Tail);
        _sqArray = (uint*)(sq + p.SqOffsets.Array);
        _sqMask = *(uint*)(sq + p.SqOffsets.RingMask);
        _sqEntries = *(uint*)(sq + p.SqOffsets.RingEntries);
        _cqHead = (uint*)(cq + p.CqOffsets.Head);
        _cqTail = (uint*)(cq + p.CqOffsets.Tail);
        _cqMask = *(uint*)(cq + p.CqOffsets.RingMask);
        _cqes = (IoUring.Cqe*)(cq + p.CqOffsets.Cqes);
        _sqes = sqes;
        _sqLocalTail = *_sqTail;
    }

    /// <summary>
    /// Sets up a ring with <paramref name="entries"/> submission slots and <paramref name="completions"/> completion
    /// slots; null (with minus the errno) where the kernel refuses io_uring (not built in, <c>io_uring_disabled</c>, a
    /// seccomp filter such as a container runtime's default, or no <c>IORING_FEAT_EXT_ARG</c>, Linux before 5.11).
    /// </summary>
    internal static IoUringQueue? TryCreate(uint entries, uint completions, out int error)
    {
        IoUring.Params p = default;
        p.Flags = IoUring.SetupCqSize | IoUring.SetupSingleIssuer | IoUring.SetupDeferTaskrun;
        p.CqEntries = completions;
        int fd = IoUring.Setup(entries, &p);
        if (fd == -IoUring.EINVAL)
        {
            p = default; // before Linux 6.1: no DEFER_TASKRUN (completions then come as task work to this thread)
            p.Flags = IoUring.SetupCqSize;
            p.CqEntries = completions;
            fd = IoUring.Setup(entries, &p);
        }

        if (fd < 0)
        {
            error = fd;
            return null;
        }

        if ((p.Features & IoUring.FeatExtArg) == 0)
        {
            _ = FileCalls.Close(fd);
            error = -IoUring.EINVAL;
            return null;
        }

        nuint sqSize = p.SqOffsets.Array + p.SqEntries * sizeof(uint);
        nuint cqSize = p.CqOffsets.Cqes + p.CqEntries * (nuint)sizeof(IoUring.Cqe);
        bool single = (p.Features & IoUring.FeatSingleMmap) != 0;
        if (single)
        {
            sqSize = cqSize = Math.Max(sqSize, cqSize);
        }

        byte* sq = IoUring.MapRegion(fd, sqSize, IoUring.OffSqRing);
        byte* cq = sq is null ? null : single ? sq : IoUring.MapRegion(fd, cqSize, IoUring.OffCqRing);
        var sqes = cq is null ? null : (IoUring.Sqe*)IoUring.MapRegion(fd, p.SqEntries * (nuint)sizeof(IoUring.Sqe), IoUring.OffSqes);
        if (sqes is null)
        {
            error = -Marshal.GetLastPInvokeError();
            _ = FileCalls.Close(fd); // the mappings that did succeed stay: this process has no ring and never retries
            return null;
        }

        error = 0;
        return new IoUringQueue(fd, p, sq, cq, sqes);
    }

    /// <summary>The next free submission slot, cleared; null when every slot waits to be submitted.</summary>
    internal IoUring.Sqe* TryNext()
    {
        if (_sqLocalTail - Volatile.Read(ref *_sqHead) >= _sqEntries)
        {
            return null;
        }

        uint index = _sqLocalTail & _sqMask;
        _sqArray[index] = index;
        var sqe = &_sqes[index];
        *sqe = default;
        _sqLocalTail++;
        return sqe;
    }

    /// <summary>
    /// Submits what <see cref="TryNext"/> handed out, then (when <paramref name="wait"/>) waits for a completion, at
    /// most <paramref name="timeoutNanoseconds"/> (negative: no limit). Returns minus the errno of the wait where
    /// nothing was submitted (<c>ETIME</c>, <c>EINTR</c>), else the number submitted.
    /// </summary>
    internal int Submit(bool wait, long timeoutNanoseconds)
    {
        Volatile.Write(ref *_sqTail, _sqLocalTail);
        uint toSubmit = _sqLocalTail - Volatile.Read(ref *_sqHead);
        if (!wait)
        {
            return toSubmit == 0 ? 0 : IoUring.Enter(_fd, toSubmit, 0, 0, null);
        }

        var span = new IoUring.TimeSpec { Seconds = timeoutNanoseconds / 1_000_000_000, Nanoseconds = timeoutNanoseconds % 1_000_000_000 };
        var arg = new IoUring.GetEventsArg { Timeout = timeoutNanoseconds < 0 ? 0 : (ulong)(nint)(&span) };
        return IoUring.Enter(_fd, toSubmit, 1, IoUring.EnterGetEvents | IoUring.EnterExtArg, &arg);
    }

    /// <summary>Takes the next completion, if any.</summary>
    internal bool TryReap(out IoUring.Cqe completion)
    {
        uint head = *_cqHead;
        if (head == Volatile.Read(ref *_cqTail))
        {
            completion = default;
            return false;
        }

        completion = _cqes[head & _cqMask];
        Volatile.Write(ref *_cqHead, head + 1);
        return true;
    }
}
