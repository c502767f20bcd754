using System.Net.Sockets;
using System.Runtime.InteropServices;
using Multiprocessing.Managers.Protocol;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// A listening Unix domain socket on raw libc calls: a spawned manager server starts listening without loading
/// System.Net.Sockets (~15 ms of start-up).
/// </summary>
internal sealed unsafe partial class UnixListener : IManagerListener
{
    private const int EINTR = 4;
    private const int EADDRINUSE = 98;
    private const int SOCK_CLOEXEC = 0x80000;
    private int _fd;

    internal UnixListener(string path)
    {
        Path = path;
        int fd = Interop.UnixSocket.CreateDescriptor();
        byte* address = stackalloc byte[2 + 108];
        int length = Interop.UnixSocket.FillAddress(address, path);
        if (BindNative(fd, address, length) != 0 || ListenNative(fd, 512) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            Interop.SocketCalls.Close(fd);
            throw errno == EADDRINUSE ? new AddressInUseException(path) : new SocketException(errno);
        }

        _fd = fd;
    }

    /// <summary>
    /// Listens on a fresh name in Linux's abstract namespace: no directory to create or remove, so a manager process
    /// listens a few milliseconds sooner. Such a name has no file permissions: the server closes a connection from
    /// another user before a byte (SO_PEERCRED, <see cref="ManagerServerCore"/>), and clients must still pass the
    /// authkey challenge.
    /// </summary>
    internal static UnixListener CreateAbstract()
    {
        for (int attempt = 0; ; attempt++)
        {
            string name = $"@multiprocessing-manager-{Environment.ProcessId}-{System.Diagnostics.Stopwatch.GetTimestamp():x}-{attempt}";
            try
            {
                return new UnixListener(name);
            }
            catch (AddressInUseException) when (attempt < 100)
            {
                // taken (by chance, or by someone squatting): try another name
            }
        }
    }

    internal string Path { get; }

    /// <inheritdoc />
    public string Address => ManagerAddress.Unix(Path);

    /// <inheritdoc />
    public bool UsesTls => false;

    /// <inheritdoc />
    public ManagerSocket? Accept()
    {
        while (true)
        {
            int listener = Volatile.Read(ref _fd);
            if (listener < 0)
            {
                return null;
            }

            int fd = Accept4(listener, null, null, SOCK_CLOEXEC);
            if (fd >= 0)
            {
                return ManagerSocket.Adopt(fd, "a local client");
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR)
            {
                continue;
            }

            if (Volatile.Read(ref _fd) < 0)
            {
                return null;
            }

            // EMFILE, ECONNABORTED, ...: keep serving the connections that exist.
            Thread.Sleep(10);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            Interop.SocketCalls.Shutdown(fd, 2); // wakes a thread blocked in accept
            Interop.SocketCalls.Close(fd);
            if (!Path.StartsWith('@'))
            {
                try
                {
                    File.Delete(Path);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "bind", SetLastError = true)]
    private static partial int BindNative(int fd, byte* address, int length);

    [LibraryImport("libc", EntryPoint = "listen", SetLastError = true)]
    private static partial int ListenNative(int fd, int backlog);

    [LibraryImport("libc", EntryPoint = "accept4", SetLastError = true)]
    private static partial int Accept4(int fd, byte* address, int* length, int flags);

    private sealed class AddressInUseException(string path) : Exception($"The socket name {path} is taken.");
}
