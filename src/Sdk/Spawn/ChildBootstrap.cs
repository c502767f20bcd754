using Multiprocessing.Interop;
using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Spawn;

/// <summary>
/// The child's side of a spawn: connect to the parent, authenticate, receive the target and its arguments, run it,
/// report the result or the exception and exit with Python's exit code. Never returns.
/// </summary>
internal static class ChildBootstrap
{
    private static ControlConnection? s_connection;
    private static int s_exitAnnounced;
    private static ManualResetEventSlim? s_watchdogGo;
    private static Action? s_watchdogWork;

    /// <summary>The token a plain child's target receives; its watchdog cancels it when the parent sends Cancel.</summary>
    private static readonly CancellationTokenSource s_cancellation = new();

    /// <summary>
    /// SIGINT held from the first instruction (a terminal's Ctrl+C reaches a child still starting, or a spare waiting
    /// for its work, too), then, by the start message: kept for the life of the child
    /// (<see cref="InterruptHandling.CancelChildren"/>, pool workers, manager servers), or dropped, re-raising a SIGINT
    /// that came meanwhile (<see cref="InterruptHandling.Signal"/>: the child dies of it, as CPython's does).
    /// </summary>
    private static IDisposable? s_interrupt;
    private static volatile bool s_interruptedWhileStarting;

    internal static void Run()
    {
        if (!OperatingSystem.IsWindows())
        {
            s_interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGINT,
                static context =>
                {
                    context.Cancel = true;
                    s_interruptedWhileStarting = true;
                });
        }

        StartMessage start;
        try
        {
            var info = SpawnEnvironment.TakeChildStartInfo();
            ControlTransport transport = NativeSocketTransport.IsSupported
                ? NativeSocketTransport.Connect(info.Endpoint)
                : SocketTransport.Connect(info.Endpoint);
            s_connection = new ControlConnection(transport);
            s_connection.Send(FrameType.Hello, info.Token.Id);
            Handshake.Client(s_connection, info.Token.Key);
            start = StartMessage.Read(ReceiveStart(s_connection, info));
            Multiprocess.BecomeChild(start.Name, NativeMethods.GetParentPid(), start.ParentName, start.AuthKey, start.Daemon, start.Identity);
            if (info.TargetAssembly is { } assembly)
            {
                ChildHostLoader.Load(assembly);
            }
        }
        catch (Exception ex)
        {
            Diagnostics.MultiprocessingEventSource.Log.ChildBootstrapFailed(Environment.ProcessId, ex.ToString());
            ProcessOutput.Error($"Multiprocessing: a spawned child (pid {Environment.ProcessId}) could not bootstrap: {ex.Message}");
            Environment.Exit(1);
            return;
        }

        // No exit hook: a target that calls Environment.Exit(n) or is ended by a signal leaves its parent the OS exit
        // status, which the parent reads as Python does (n, or -signal).
        Multiprocess.CompleteBootstrap();
        int exitCode;
        if (start.TargetId == Pool.PoolWorkerLoop.TargetId)
        {
            // A pool worker reads its tasks from the control connection itself; the end of that stream ends it.
            exitCode = Pool.PoolWorkerLoop.Run(s_connection!, start.Payload);
            Interlocked.Exchange(ref s_exitAnnounced, 1);
            Environment.Exit(exitCode);
            return;
        }

        if (start.TargetId == Managers.Server.ManagerServerLoop.TargetId)
        {
            // A manager server serves until its parent says stop or goes away (end of the control stream).
            exitCode = Managers.Server.ManagerServerLoop.Run(s_connection!, start.Payload);
            Interlocked.Exchange(ref s_exitAnnounced, 1);
            Environment.Exit(exitCode);
            return;
        }

        WatchParent();
        if (!start.IgnoreInterrupt && s_interrupt is not null)
        {
            // InterruptHandling.Signal: Ctrl+C ends this child as it ends a CPython one, including a Ctrl+C that came
            // while it was starting. Otherwise the parent decides (it cancels this target's token), as for pool workers.
            s_interrupt.Dispose();
            s_interrupt = null;
            if (s_interruptedWhileStarting)
            {
                _ = NativeMethods.Kill(Environment.ProcessId, 2);
                Thread.Sleep(TimeSpan.FromSeconds(5)); // the signal ends the process before this sleep does
            }
        }

        exitCode = RunTarget(start);
        AnnounceExit(exitCode);
        Environment.Exit(exitCode);
    }

    /// <summary>
    /// The Start frame: at once, or, for a spare of the warm start (Standby), after warming up and saying Ready. A
    /// spare blocks in a read of its connection until then, using no CPU; when the connection closes instead (the
    /// parent discarded the spare, or died), it exits quietly.
    /// </summary>
    private static byte[] ReceiveStart(ControlConnection connection, ChildStartInfo info)
    {
        if (!connection.TryReceive(out var type, out var payload))
        {
            throw new ProcessException("The control channel closed while a Start frame was expected.");
        }

        if (type != FrameType.Standby)
        {
            return type == FrameType.Start ? payload : throw UnexpectedFrame(type, payload);
        }

        SpareWarmUp.Run(info);
        connection.Send(FrameType.Ready, []);
        bool started;
        try
        {
            started = connection.TryReceive(out type, out payload);
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
        {
            started = false;
        }

        if (!started)
        {
            NativeMethods.ExitImmediately(0); // an unused spare: nothing ran, nothing to report
        }

        return type == FrameType.Start ? payload : throw UnexpectedFrame(type, payload);
    }

    private static ProcessException UnexpectedFrame(FrameType type, byte[] payload) =>
        new($"Corrupt control frame: a Start frame was expected but a {type} frame of {payload.Length} bytes arrived.");

    private static int RunTarget(StartMessage start)
    {
        try
        {
            var target = TargetResolver.Resolve(start.TargetId, start.TargetAssembly);

            if (target.Invoker is { } invoker)
            {
                var result = new MarshalWriter();
                var pending = invoker(start.Payload, result, s_cancellation.Token);
                if (!pending.IsCompletedSuccessfully)
                {
                    pending.AsTask().GetAwaiter().GetResult();
                }

                s_connection!.Send(FrameType.Result, result.WrittenSpan);
            }
            else
            {
                var reader = new MarshalReader(start.Payload.Span);
                var process = target.Factory!(ref reader);
                reader.EnsureEnd($"the fields of {target.Id}");
                process.SetChildIdentity(start.Name, start.Daemon, Multiprocess.Current.AuthKey);
                process.Run();
                s_connection!.Send(FrameType.Result, []);
            }

            return 0;
        }
        catch (Exception ex)
        {
            ReportException(start.Name, ex);
            return 1;
        }
    }

    private static void ReportException(string processName, Exception ex)
    {
        // The parent first (a cancelled child's result fails as soon as this arrives), then, as Python does,
        // "Process <name>:" and the traceback on the child's stderr.
        var writer = new MarshalWriter();
        RemoteErrorReport.Write(writer, ex);
        try
        {
            s_connection!.Send(FrameType.Error, writer.WrittenSpan);
        }
        catch (Exception sendError) when (sendError is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            // The parent is gone; the watchdog ends this process.
        }

        ProcessOutput.Error($"Process {processName}:", ex.ToString());
    }

    private static void AnnounceExit(int exitCode)
    {
        if (Interlocked.Exchange(ref s_exitAnnounced, 1) != 0)
        {
            return;
        }

        try
        {
            s_connection?.Send(FrameType.Exit, BitConverter.GetBytes(exitCode));
        }
        catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>
    /// Reads the control channel while the target runs: a Cancel frame cancels the target's token (see
    /// <see cref="CancelQuietly"/>); the parent's end closing (the parent died) ends this child at once.
    /// </summary>
    private static void WatchParent()
    {
        var connection = s_connection!;
        void Watch()
        {
            try
            {
                while (connection.TryReceive(out var type, out _))
                {
                    if (type == FrameType.Cancel)
                    {
                        CancelQuietly(s_cancellation);
                    }
                }
            }
            catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
            {
            }

            if (Volatile.Read(ref s_exitAnnounced) == 0)
            {
                NativeMethods.ExitImmediately(1);
            }
        }

        if (!TryUsePreparedWatchdog(Watch))
        {
            new Thread(Watch) { IsBackground = true, Name = "Multiprocessing parent watchdog" }.Start();
        }
    }

    /// <summary>Cancels a target's token; a callback the target registered that throws is reported, never ends the reader.</summary>
    internal static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (AggregateException ex)
        {
            Diagnostics.MultiprocessingEventSource.Log.CallbackFailed("A cancellation callback of the target", ex.InnerException?.ToString() ?? ex.ToString());
        }
    }

    /// <summary>
    /// A spare starts the thread of its parent watchdog while it waits, parked: a thread start costs a start's
    /// critical path up to milliseconds on a busy machine. <see cref="TryUsePreparedWatchdog"/> gives it its work.
    /// </summary>
    internal static void PrepareWatchdog()
    {
        var go = new ManualResetEventSlim(false);
        new Thread(() =>
        {
            go.Wait();
            s_watchdogWork!();
        })
        {
            IsBackground = true,
            Name = "Multiprocessing parent watchdog",
        }.Start();
        s_watchdogGo = go;
    }

    /// <summary>Runs <paramref name="watch"/> on the thread a spare prepared, if there is one (once).</summary>
    internal static bool TryUsePreparedWatchdog(Action watch)
    {
        if (Interlocked.Exchange(ref s_watchdogGo, null) is not { } go)
        {
            return false;
        }

        s_watchdogWork = watch;
        go.Set();
        return true;
    }
}
