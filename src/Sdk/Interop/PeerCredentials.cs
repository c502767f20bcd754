using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>
/// Who is at the other end of a local (Unix-domain) socket, as the kernel recorded it when the peer connected
/// (<c>SO_PEERCRED</c>): the check that keeps other local users off the SDK's local sockets, whatever the socket's
/// address or file permissions.
/// </summary>
internal static unsafe partial class PeerCredentials
{
    private const int SOL_SOCKET = 1;
    private const int SO_PEERCRED = 17;

    /// <summary>This process's effective user id.</summary>
    internal static uint EffectiveUserId { get; } = OperatingSystem.IsLinux() ? GetEffectiveUserId() : 0;

    /// <summary>
    /// Whether the peer of the connected Unix socket <paramref name="fd"/> runs as this process's effective user.
    /// False when the kernel cannot tell (not a Unix socket, or closed): an unknown peer is never trusted.
    /// </summary>
    internal static bool IsSameUser(int fd) => TryGet(fd, out _, out uint uid, out _) && uid == EffectiveUserId;

    /// <summary>The peer's process id (in the peer's view of this socket's pid namespace), user and group ids.</summary>
    /// <returns>False when the kernel cannot tell.</returns>
    internal static bool TryGet(int fd, out int pid, out uint uid, out uint gid)
    {
        Credentials credentials;
        int length = sizeof(Credentials);
        if (!OperatingSystem.IsLinux() || GetSocketOption(fd, SOL_SOCKET, SO_PEERCRED, &credentials, ref length) != 0 || length < sizeof(Credentials))
        {
            pid = 0;
            uid = uint.MaxValue;
            gid = uint.MaxValue;
            return false;
        }

        pid = credentials.Pid;
        uid = credentials.Uid;
        gid = credentials.Gid;
        return true;
    }

    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    private static partial int GetSocketOption(int fd, int level, int name, void* value, ref int length);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    /// <summary>Linux's <c>struct ucred</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Credentials
    {
        public int Pid;
        public uint Uid;
        public uint Gid;
    }
}
