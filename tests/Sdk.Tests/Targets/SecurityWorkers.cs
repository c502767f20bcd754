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
        SetUmask(Convert.ToUInt32(umask, 8));
        using var block = SharedMemoryBlock.Create(64);
        using var queue = ProcessQueue<int>.Create();
        using var gate = ProcessLock.Create();
        using var value = SharedValue<long>.Create();
        var files = Directory.GetFiles(SharedMemoryBlock.Directory, $"mp.net-{ProcessIdentity.Format(ProcessIdentity.Token)}*");
        var modes = files.Select(f => Convert.ToString((int)File.GetUnixFileMode(f), 8)).Distinct().Order();
        return $"{files.Length} files: {string.Join(" ", modes)}";
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
