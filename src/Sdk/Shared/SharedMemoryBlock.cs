using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A named block of shared memory that several processes map at once (Python's
/// <c>multiprocessing.shared_memory.SharedMemory</c>). On Linux it is a file in <c>/dev/shm</c> (or in the directory
/// named by the <c>MULTIPROCESSING_SHM_DIR</c> environment variable).
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Create"/>, and pass it to a <see cref="ProcessTargetAttribute"/> method (only its
/// name and size travel; the child maps the same memory), or attach to it by name with <see cref="Attach"/>.</para>
/// <para>The creating process owns the block: disposing the owner, or the owner's exit, removes the segment
/// (Python leaves that to an explicit <c>unlink()</c>). When the program is killed, its resource tracker (a tiny
/// watcher process it starts, as Python's does) removes what its process tree left within about two seconds.
/// Attached blocks only unmap on <see cref="Dispose"/>.</para>
/// <para>Segments are private to the user that runs the program: created with mode 0600 whatever the umask,
/// exclusively and never through a symbolic link. No file descriptor is kept once a block is mapped.</para>
/// </remarks>
public sealed unsafe class SharedMemoryBlock : IDisposable, IProcessHandle<SharedMemoryBlock>
{
    internal const string Prefix = "mp.net-";
    private readonly MappedRegion _region;
    private byte* _pointer;
    private int _disposed;

    private SharedMemoryBlock(string name, long size, bool isOwner, MappedRegion region)
    {
        Name = name;
        Size = size;
        IsOwner = isOwner;
        _region = region;
        _pointer = (byte*)region.DangerousGetHandle();
        if (isOwner)
        {
            SharedMemoryTracker.Track(this);
        }
    }

    /// <summary>The block's name: pass it to <see cref="Attach"/> in another process.</summary>
    public string Name { get; }

    /// <summary>The block's size in bytes.</summary>
    public long Size { get; }

    /// <summary>Whether this process created the block (and removes it on dispose or exit).</summary>
    public bool IsOwner { get; }

    /// <summary>The whole block as a span (blocks of at most 2 GiB; use <see cref="GetSpan"/> for larger ones).</summary>
    /// <exception cref="ObjectDisposedException">The block was disposed.</exception>
    /// <exception cref="InvalidOperationException">The block is larger than a span can be.</exception>
    public Span<byte> Span => Size <= int.MaxValue
        ? new Span<byte>(Pointer, (int)Size)
        : throw new InvalidOperationException($"Shared memory block '{Name}' has {Size} bytes, more than a span can hold: use GetSpan(offset, length).");

    /// <summary>A part of the block as a span.</summary>
    /// <param name="offset">Where the part starts.</param>
    /// <param name="length">How many bytes it has.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The part is not inside the block.</exception>
    public Span<byte> GetSpan(long offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"[{offset}, {offset + length}) is not inside shared memory block '{Name}' of {Size} bytes.");
        }

        return new Span<byte>(Pointer + offset, length);
    }

    /// <summary>Creates a new block (Python's <c>SharedMemory(create=True, size=...)</c>).</summary>
    /// <param name="size">The size in bytes (at least 1).</param>
    /// <param name="name">A name of your own (letters, digits, '-', '_', '.'), or null for a fresh unique one.</param>
    /// <returns>The new block, owned by this process, zero-filled.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is not positive.</exception>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    /// <exception cref="IOException">A block with that name exists already.</exception>
    public static SharedMemoryBlock Create(long size, string? name = null) =>
        TryCreate(size, name, reserve: false) ?? throw new InvalidOperationException("Unreachable: an unreserved block is never refused for room.");

    /// <summary>
    /// Creates a block for the SDK's own use (a queue's ring, a lock's words), its memory reserved at once: a full
    /// <c>/dev/shm</c> then fails here, with a clear <see cref="IOException"/>, instead of killing the process with
    /// SIGBUS the first time a page is touched.
    /// </summary>
    /// <param name="size">The size in bytes.</param>
    /// <param name="what">What the block is for, for the error message (e.g. "a queue's 1 MiB ring").</param>
    /// <exception cref="IOException">There is no room for the block.</exception>
    internal static SharedMemoryBlock CreateReserved(long size, string what) =>
        TryCreate(size, null, reserve: true) ?? throw NoRoom(size, what);

    /// <summary>Like <see cref="CreateReserved"/>, but null when there is no room (the caller may try a smaller size).</summary>
    internal static SharedMemoryBlock? TryCreateReserved(long size) => TryCreate(size, null, reserve: true);

    /// <summary>The error for a block that does not fit.</summary>
    internal static IOException NoRoom(long size, string what) => new(
        $"There is no room for {size:N0} more bytes of shared memory ({what}) in '{Directory}'. Free some (segments of other " +
        "programs), give it more room (a container's /dev/shm is 64 MiB unless it is started with --shm-size), or set " +
        $"{DirectoryVariable} to a larger tmpfs directory for this program and its children.");

    private static SharedMemoryBlock? TryCreate(long size, string? name, bool reserve)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        SharedMemoryTracker.EnsureSwept();
        bool named = name is not null;
        name ??= $"{Prefix}{ProcessIdentity.Format(ProcessIdentity.Token)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}";
        string path = PathOf(name);
        int fd = FileCalls.Open(path, FileCalls.O_RDWR | FileCalls.O_CREAT | FileCalls.O_EXCL | FileCalls.O_NOFOLLOW | FileCalls.O_CLOEXEC, FileCalls.OwnerOnly);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw errno == FileCalls.EEXIST
                ? new IOException($"A shared memory block named '{name}' already exists: attach to it with SharedMemoryBlock.Attach, or choose another name.")
                : Failed(errno, $"create shared memory block '{name}' in '{Directory}'");
        }

        try
        {
            // The umask only ever removes bits, but a umask such as 0277 would leave the owner without write access.
            if (FileCalls.FileChangeMode(fd, FileCalls.OwnerOnly) != 0 || FileCalls.FileTruncate(fd, size) != 0)
            {
                throw Failed(Marshal.GetLastPInvokeError(), $"size shared memory block '{name}' to {size:N0} bytes");
            }

            if (reserve && OperatingSystem.IsLinux())
            {
                // The file is sparse until its pages are touched: allocate them now, while a refusal is still an error.
                int error = NativeMethods.PosixFallocate(fd, 0, size);
                if (error == NativeMethods.ENOSPC)
                {
                    FileCalls.Close(fd);
                    fd = -1;
                    FileCalls.Unlink(path);
                    return null;
                }
            }

            var region = MappedRegion.Map(fd, size, $"shared memory block '{name}'");
            FileCalls.Close(fd);
            fd = -1;
            var block = new SharedMemoryBlock(name, size, isOwner: true, region);
            if (named)
            {
                ResourceTracker.Register(name);
            }

            return block;
        }
        catch
        {
            if (fd >= 0)
            {
                FileCalls.Close(fd);
            }

            FileCalls.Unlink(path);
            throw;
        }
    }

    private static IOException Failed(int errno, string what) =>
        new($"Cannot {what}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");

    /// <summary>Maps an existing block by name (Python's <c>SharedMemory(name)</c>).</summary>
    /// <param name="name">The block's name.</param>
    /// <returns>The block, not owned by this process.</returns>
    /// <exception cref="FileNotFoundException">No block has that name (it was never created, or its owner removed it).</exception>
    /// <exception cref="UnauthorizedAccessException">The block belongs to another user.</exception>
    public static SharedMemoryBlock Attach(string name)
    {
        string path = PathOf(name);
        int fd = FileCalls.Open(path, FileCalls.O_RDWR | FileCalls.O_NOFOLLOW | FileCalls.O_CLOEXEC, 0);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                FileCalls.ENOENT => new FileNotFoundException($"No shared memory block is named '{name}': it was never created, or its owner disposed it or exited.", path),
                FileCalls.EACCES => new UnauthorizedAccessException($"Shared memory block '{name}' belongs to another user: blocks are private to the user that created them."),
                _ => Failed(errno, $"attach to shared memory block '{name}'"),
            };
        }

        try
        {
            long size = FileCalls.Seek(fd, 0, FileCalls.SEEK_END);
            if (size <= 0)
            {
                throw new IOException($"Shared memory block '{name}' is empty (its creator has not sized it yet).");
            }

            return new SharedMemoryBlock(name, size, isOwner: false, MappedRegion.Map(fd, size, $"shared memory block '{name}'"));
        }
        finally
        {
            FileCalls.Close(fd);
        }
    }

    /// <summary>Unmaps the block; the owner also removes the segment, so no process can attach to it any more.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _pointer = null;
        _region.Dispose(); // unmapped now, or when the last pin goes
        if (IsOwner)
        {
            SharedMemoryTracker.Untrack(this);
            Unlink(Name);
            if (!Name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                ResourceTracker.Unregister(Name);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"SharedMemoryBlock('{Name}', {Size} bytes{(IsOwner ? ", owner" : "")})";

    /// <summary>The environment variable that moves shared memory out of <c>/dev/shm</c> (children inherit it).</summary>
    internal const string DirectoryVariable = "MULTIPROCESSING_SHM_DIR";

    /// <summary>Where segments live: <c>$MULTIPROCESSING_SHM_DIR</c> when set, else <c>/dev/shm</c> (the temp directory off Linux).</summary>
    internal static string Directory { get; } = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory
        ? directory
        : OperatingSystem.IsLinux() ? "/dev/shm" : Path.GetTempPath();

    internal static string PathOf(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || name is "." or "..")
            {
                throw new ArgumentException($"'{name}' is not a valid shared memory block name: use letters, digits, '-', '_' and '.'.", nameof(name));
            }
        }

        return Path.Combine(Directory, name);
    }

    internal static void Unlink(string name) => FileCalls.Unlink(PathOf(name));

    /// <summary>The start of the mapping; throws once the block is disposed.</summary>
    internal byte* Pointer => _pointer != null ? _pointer : throw Disposed();

    /// <summary>Whether <see cref="Dispose"/> has run.</summary>
    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>
    /// Keeps the mapping alive until the returned pin is disposed, even if the block is disposed meanwhile: a thread
    /// that sleeps on a futex word in the block (and reads it when it wakes) must never touch unmapped memory.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The block was disposed.</exception>
    internal MappingPin Pin() => TryPin(out var pin) ? pin : throw Disposed();

    /// <summary>Like <see cref="Pin"/>, but false instead of an exception once the block is disposed.</summary>
    internal bool TryPin(out MappingPin pin)
    {
        pin = default;
        var pointer = _pointer;
        if (pointer == null)
        {
            return false;
        }

        bool added = false;
        try
        {
            _region.DangerousAddRef(ref added);
        }
        catch (ObjectDisposedException)
        {
        }

        if (added)
        {
            pin = new MappingPin(_region, pointer);
        }

        return added;
    }

    private ObjectDisposedException Disposed() => new(nameof(SharedMemoryBlock), $"Shared memory block '{Name}' was disposed.");

    /// <summary>A reference that keeps a block's mapping alive (see <see cref="Pin"/>).</summary>
    internal readonly struct MappingPin : IDisposable
    {
        private readonly SafeHandle _handle;

        internal MappingPin(SafeHandle handle, byte* pointer)
        {
            _handle = handle;
            Pointer = pointer;
        }

        /// <summary>The start of the mapping, valid while the pin is held.</summary>
        internal byte* Pointer { get; }

        /// <summary>Lets the mapping go (it is unmapped now if the block was disposed meanwhile).</summary>
        public void Dispose() => _handle.DangerousRelease();
    }

    /// <inheritdoc />
    static SharedMemoryBlock IProcessHandle<SharedMemoryBlock>.Attach(string name, ref MarshalReader data) => Attach(name);
}
