using System.Net;
using Multiprocessing.Diagnostics;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// The server process's side of <see cref="ProcessManager.Start(ManagerOptions?)"/>: listen (a Unix domain socket in
/// Linux's abstract namespace, or TCP), send the address back over the control connection, serve until the parent says
/// stop or goes away (end of the control stream: a killed parent takes its manager with it).
/// </summary>
internal static class ManagerServerLoop
{
    internal const string TargetId = "Multiprocessing.ProcessManager.Server";

    internal static readonly TargetDescriptor Descriptor = new(TargetId, typeof(ManagerServerLoop), null, null, null);

    internal static byte[] WriteSettings(ManagerOptions options)
    {
        var writer = new MarshalWriter();
        writer.WriteString(options.Address?.ToString());
        writer.WriteUnmanaged(options.MaxMessageSize);
        writer.WriteUnmanaged(options.Types.Count);
        foreach (var type in options.Types)
        {
            writer.WriteString(type.Id);
            writer.WriteString(type.Type.Assembly.FullName);
        }

        return writer.ToArray();
    }

    internal static int Run(ControlConnection control, ReadOnlyMemory<byte> settings)
    {
        string? directory = null;
        var reader = new MarshalReader(settings.Span);
        string? tcp = reader.ReadString();
        int maxMessage = reader.ReadUnmanaged<int>();
        int count = reader.ReadLengthHeader(2 * sizeof(int));
        var types = new List<ManagedTypeDescriptor>();
        for (int i = 0; i < count; i++)
        {
            string id = reader.ReadString() ?? throw new MarshalException("Corrupt manager settings: a type without an id.");
            types.Add(ManagedTypeRegistry.Resolve(id, reader.ReadString()));
        }

        reader.EnsureEnd("the manager settings");

        // Listen first and say where: a client's connection waits in the backlog until the accept thread runs, so the
        // parent learns the address without waiting for anything else (manager_startup).
        IManagerListener listener = tcp is not null
            ? Tcp(tcp)
            : OperatingSystem.IsLinux() ? UnixListener.CreateAbstract() : Private(out directory);
        var ready = new MarshalWriter(256);
        ready.WriteString(listener.Address);
        control.Send(FrameType.Result, ready.WrittenSpan);

        // Python's manager process ignores SIGINT: a terminal's Ctrl+C is for the program that owns it.
        using var interrupt = OperatingSystem.IsWindows() ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, static context => context.Cancel = true);
        var core = new ManagerServerCore(Multiprocess.Current.AuthKey, maxMessage, line => SendLine(control, line), types);
        core.Listen(listener);

        var buffer = new byte[256];
        try
        {
            while (control.TryReceive(ref buffer, out var type, out _) && type != FrameType.Stop)
            {
            }
        }
        catch (ProcessException)
        {
            // The parent's end broke: it is gone, and so is this server.
        }

        core.Dispose();
        if (directory is not null)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return 0;
    }

    /// <summary>Apart, so that System.Net is loaded only when a server process listens on TCP.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IManagerListener Tcp(string address) => new TcpManagerListener(IPEndPoint.Parse(address));

    /// <summary>Off Linux (no abstract namespace): a socket in a fresh 0700 directory.</summary>
    private static IManagerListener Private(out string directory)
    {
        directory = Directory.CreateTempSubdirectory("mp-manager-").FullName; // mkdtemp: mode 0700
        return new UnixListener(Path.Combine(directory, "manager.sock"));
    }

    private static void SendLine(ControlConnection control, string line)
    {
        var writer = new MarshalWriter(64 + (2 * line.Length));
        writer.WriteString(line);
        try
        {
            control.Send(FrameType.Result, writer.WrittenSpan);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            MultiprocessingEventSource.Log.ManagerServerMessage(line); // the parent is gone
        }
    }
}
