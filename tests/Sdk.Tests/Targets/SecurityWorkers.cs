using System.Runtime.InteropServices;

namespace Multiprocessing.Tests.Targets;

/// <summary>Targets for the tests that play another user, another pid namespace or a killed program.</summary>
public static partial class SecurityWorkers
{
    /// <summary>
    /// Under umask <paramref name="umask"/> (octal), creates a block, a queue, a lock and a value, and reports the modes
    /// of this process's files in the segment directory (segments and its liveness file): "6 files: 600".
    /// </summary>
    [ProcessTarget]
    public static string SegmentModes(string umask)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("umask and Unix file modes");
        }

        SetUmask(Convert.ToUInt32(umask, 8));
        using var block = SharedMemoryBlock.Create(64);
        using var queue = ProcessQueue<int>.Create();
        using var gate = ProcessLock.Create();
        using var value = SharedValue<long>.Create();
        var files = Directory.GetFiles(SharedMemoryBlock.Directory, $"mp.net-{ProcessIdentity.Format(ProcessIdentity.Token)}*");
        var modes = new SortedSet<string>(StringComparer.Ordinal); // a loop, not a lambda: the platform guard above covers it
        foreach (var file in files)
        {
            modes.Add(Convert.ToString((int)File.GetUnixFileMode(file), 8));
        }

        return $"{files.Length} files: {string.Join(" ", modes)}";
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
