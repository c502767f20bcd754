using System.Net.Sockets;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Shared;

/// <summary>
/// Control directories whose owner's liveness file is not in this process's segment directory (the owner used another
/// MULTIPROCESSING_SHM_DIR, or was killed while exiting): the sweep removes one whose socket refuses connections, and
/// never one whose socket still has a listener.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ControlDirectorySweepTests
{
    [Fact]
    public void A_control_directory_with_no_liveness_file_goes_only_when_its_socket_refuses()
    {
        string dead = MakeDirectory();
        string live = MakeDirectory();
        // A listener killed with SIGKILL leaves its socket file, which then refuses connections (.NET would remove the
        // file on dispose, so a short Python program plays the killed owner).
        string script = $"import os, socket; s = socket.socket(socket.AF_UNIX); s.bind({Path.Combine(dead, "control.sock")!.Replace("'", "")!.Insert(0, "'")}'); s.listen(1); os.kill(os.getpid(), 9)";
        using (var killed = System.Diagnostics.Process.Start("python3", ["-c", script])!)
        {
            killed.WaitForExit();
        }

        Assert.True(File.Exists(Path.Combine(dead, "control.sock")), "the killed listener left its socket file");

        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(Path.Combine(live, "control.sock")));
        listener.Listen(1);
        try
        {
            SharedMemoryTracker.Sweep();
            Assert.False(Directory.Exists(dead), "a control directory whose socket refuses, with no liveness file, is swept");
            Assert.True(Directory.Exists(live), "a control directory whose socket has a listener is never swept");
        }
        finally
        {
            foreach (var d in new[] { dead, live }.Where(Directory.Exists))
            {
                Directory.Delete(d, recursive: true);
            }
        }
    }

    /// <summary>A control directory named after a token no process holds here (no liveness file in our directory).</summary>
    private static string MakeDirectory()
    {
        int token;
        do
        {
            token = Random.Shared.Next(1, int.MaxValue);
        }
        while (File.Exists(ProcessIdentity.LivenessPath(token)));

        string path = Path.Combine(Path.GetTempPath(), $"{SharedMemoryTracker.ControlDirectoryPrefix}{ProcessIdentity.Format(token)}-{Guid.NewGuid():N}"[..^20]);
        Directory.CreateDirectory(path);
        return path;
    }
}
