using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>
/// The part of io_uring the async waits use (Linux 6.7+ for <c>IORING_OP_FUTEX_WAIT</c>): one ring per process, set up
/// by raw system calls, its submission and completion queues mapped into this process. An SQE asks the kernel to sleep
/// on a futex word in shared memory; its CQE comes when the word is woken (or no longer holds the expected value, or the
/// request is cancelled). Thousands of such sleeps can be pending on one ring, reaped by one thread.
/// </summary>
/// <remarks>
/// Only the owning thread (<see cref="Multiprocessing.Ipc.UringWaiter"/>'s) touches the queues, so no memory here needs a lock; the ring is
/// set up with <c>IORING_SETUP_SINGLE_ISSUER</c> and <c>IORING_SETUP_DEFER_TASKRUN</c> where the kernel has them, so
/// completions are posted only while that thread waits in <see cref="Enter"/>. The layouts are the kernel's
/// <c>include/uapi/linux/io_uring.h</c>.
/// </remarks>
internal static unsafe partial class IoUring
{
    private const long SysSetup = 425; // x86-64 (and every architecture since the syscall table was unified)
    private const long SysEnter = 426;

    internal const byte OpAsyncCancel = 14;
    internal const byte OpFutexWait = 51;

    internal const uint SetupCqSize = 1u << 3;
    internal const uint SetupSingleIssuer = 1u << 12;
    internal const uint SetupDeferTaskrun = 1u << 13;

    internal const uint FeatSingleMmap = 1u << 0;
    internal const uint FeatExtArg = 1u << 8;

    internal const uint EnterGetEvents = 1u << 0;
    internal const uint EnterExtArg = 1u << 3;

    internal const long OffSqRing = 0;
    internal const long OffCqRing = 0x8000000;
    internal const long OffSqes = 0x10000000;

    /// <summary><c>FUTEX2_SIZE_U32</c>, not private: the words are mapped by several processes.</summary>
    internal const uint Futex2SizeU32 = 2;

    /// <summary><c>FUTEX_BITSET_MATCH_ANY</c>: woken by any wake of the word.</summary>
    internal const ulong FutexMatchAny = 0xFFFF_FFFF;

    internal const int EAGAIN = 11, EINTR = 4, EINVAL = 22, ETIME = 62, ECANCELED = 125, ENOENT = 2, EALREADY = 114;

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, nint a1, nint a2, nint a3, nint a4, nint a5, nint a6);

    /// <summary><c>struct io_sqring_offsets</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SqRingOffsets
    {
        public uint Head, Tail, RingMask, RingEntries, Flags, Dropped, Array, Reserved1;
        public ulong UserAddress;
    }

    /// <summary><c>struct io_cqring_offsets</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct CqRingOffsets
    {
        public uint Head, Tail, RingMask, RingEntries, Overflow, Cqes, Flags, Reserved1;
        public ulong UserAddress;
    }

    /// <summary><c>struct io_uring_params</c> (120 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Params
    {
        public uint SqEntries, CqEntries, Flags, SqThreadCpu, SqThreadIdle, Features, WqFd;
        public uint Reserved0, Reserved1, Reserved2;
        public SqRingOffsets SqOffsets;
        public CqRingOffsets CqOffsets;
    }

    /// <summary><c>struct io_uring_sqe</c> (64 bytes), the fields a futex wait and a cancel use.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 64)]
    internal struct Sqe
    {
        [FieldOffset(0)] public byte Opcode;
        [FieldOffset(1)] public byte Flags;
        [FieldOffset(2)] public ushort IoPriority;
        [FieldOffset(4)] public int Fd; // futex wait: the FUTEX2_* flags
        [FieldOffset(8)] public ulong Address2; // futex wait: the expected value
        [FieldOffset(16)] public ulong Address; // futex wait: the word; cancel: the user data to cancel
        [FieldOffset(24)] public uint Length;
        [FieldOffset(28)] public uint OpFlags; // futex wait: must be 0
        [FieldOffset(32)] public ulong UserData;
        [FieldOffset(40)] public ushort BufferIndex;
        [FieldOffset(42)] public ushort Personality;
        [FieldOffset(44)] public int FileIndex;
        [FieldOffset(48)] public ulong Address3; // futex wait: the wake mask
        [FieldOffset(56)] public ulong Padding;
    }

    /// <summary><c>struct io_uring_cqe</c> (16 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Cqe
    {
        public ulong UserData;
        public int Result;
        public uint Flags;
    }

    /// <summary><c>struct io_uring_getevents_arg</c>: how <see cref="Enter"/> takes a timeout.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct GetEventsArg
    {
        public ulong SignalMask;
        public uint SignalMaskSize;
        public uint MinWaitMicroseconds;
        public ulong Timeout; // a struct __kernel_timespec*, relative
    }

    /// <summary><c>struct __kernel_timespec</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>io_uring_setup: returns the ring's descriptor, or minus the errno.</summary>
    internal static int Setup(uint entries, Params* parameters)
    {
        long result = Syscall(SysSetup, (nint)entries, (nint)parameters, 0, 0, 0, 0);
        return result < 0 ? -Marshal.GetLastPInvokeError() : (int)result;
    }

    /// <summary>io_uring_enter: submits, then waits for completions; returns the number submitted, or minus the errno.</summary>
    internal static int Enter(int fd, uint toSubmit, uint minComplete, uint flags, GetEventsArg* arg)
    {
        long result = Syscall(SysEnter, fd, (nint)toSubmit, (nint)minComplete, (nint)flags, (nint)arg, arg is null ? 0 : sizeof(GetEventsArg));
        return result < 0 ? -Marshal.GetLastPInvokeError() : (int)result;
    }

    /// <summary>Maps one of the ring's regions (<c>IORING_OFF_*</c>); null on failure.</summary>
    internal static byte* MapRegion(int fd, nuint length, long offset)
    {
        nint address = FileCalls.Map(0, length, FileCalls.PROT_READ | FileCalls.PROT_WRITE, FileCalls.MAP_SHARED | MapPopulate, fd, offset);
        return address == -1 ? null : (byte*)address;
    }

    private const int MapPopulate = 0x8000;
}
