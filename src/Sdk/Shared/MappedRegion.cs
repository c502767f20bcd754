using System.Runtime.InteropServices;
using Multiprocessing.Interop;

namespace Multiprocessing;

/// <summary>
/// A shared mapping of a segment (<c>mmap</c>), unmapped when the handle is released: no file descriptor is kept
/// once the memory is mapped, so a process holds no descriptor per segment. As a <see cref="SafeHandle"/> it can be
/// referenced (<c>DangerousAddRef</c>) by a thread that sleeps on a word inside it.
/// </summary>
internal sealed class MappedRegion : SafeHandle
{
    private readonly nuint _length;

    private MappedRegion(nint address, nuint length)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _length = length;
        SetHandle(address);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Maps <paramref name="length"/> bytes of the open file <paramref name="fd"/> for reading and writing, shared.</summary>
    /// <exception cref="IOException">The kernel refused the mapping.</exception>
    internal static MappedRegion Map(int fd, long length, string what)
    {
        nint address = FileCalls.Map(0, (nuint)length, FileCalls.PROT_READ | FileCalls.PROT_WRITE, FileCalls.MAP_SHARED, fd, 0);
        if (address == -1)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new IOException($"Cannot map {length:N0} bytes of {what}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
        }

        return new MappedRegion(address, (nuint)length);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => FileCalls.Unmap(handle, _length) == 0;
}
