using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// The worker's side of a pool: run the initializer, then take tasks from the task ring one by one and write back
/// each result or exception, until the pool says stop, the task quota is used up, or the parent is gone.
/// </summary>
internal static class PoolWorkerLoop
{
    internal const string TargetId = "Multiprocessing.ProcessPool.Worker";
    internal const long InitializerTaskId = -1;

    internal static readonly TargetDescriptor Descriptor = new(TargetId, typeof(PoolWorkerLoop), null, null, null);

    internal static byte[] WriteSettings(ProcessPoolOptions options)
    {
        var writer = new MarshalWriter();
        writer.WriteUnmanaged(options.MaxTasksPerChild);
        writer.WriteString(options.Initializer?.Id);
        writer.WriteString(options.Initializer?.Assembly.FullName);
        writer.WriteUnmanagedArray(options.InitializerArguments);
        return writer.ToArray();
    }

    internal static int Run(ControlConnection connection, ReadOnlyMemory<byte> payload)
    {
        var reader = new MarshalReader(payload.Span);
        string channelName = reader.ReadString() ?? throw new MarshalException("Corrupt pool worker settings: no channel name.");
        int maxTasks = reader.ReadUnmanaged<int>();
        string? initializer = reader.ReadString();
        string? initializerAssembly = reader.ReadString();
        byte[] initializerArguments = reader.ReadUnmanagedArray<byte>() ?? [];
        reader.EnsureEnd("the pool worker settings");

        var channel = PoolChannel.Attach(channelName);
        channel.Tasks.AddHolder(writer: false);
        var results = new MarshalWriter();
        if (initializer is not null)
        {
            try
            {
                var target = TargetResolver.Resolve(initializer, initializerAssembly);
                Wait(target.Invoker!(initializerArguments, results, CancellationToken.None));
            }
            catch (Exception ex)
            {
                SendError(channel, results, InitializerTaskId, ex);
                return 1;
            }
        }

        var cancellation = new WorkerCancellation();
        WatchParent(connection, cancellation);

        // A terminal's Ctrl+C signals the whole process group: the parent decides how its pool stops (Close lets work
        // finish, Terminate sends SIGTERM), so a worker does not die mid-task on SIGINT. It still ends with its parent.
        using var interrupt = OperatingSystem.IsWindows() ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, static context => context.Cancel = true);
        var targets = new List<(string Id, string? Assembly, TargetDescriptor? Resolved)>();
        int done = 0;
        var buffer = new byte[64 * 1024];
        while (true)
        {
            // Waiting for a task spins briefly first (the next one often follows within microseconds), then sleeps:
            // an idle worker uses no CPU.
            var sink = new BufferSink(buffer, 0);
            if (channel.Tasks.Read(ref sink, long.MaxValue) != RingStatus.Ok)
            {
                return 0; // the pool is gone
            }

            var frame = (sink.Overflow ?? buffer).AsMemory(0, sink.Length);
            var type = frame.Length > 0 ? (FrameType)frame.Span[0] : 0;
            if (type == FrameType.Stop)
            {
                return 0;
            }

            if (type != FrameType.Task)
            {
                throw new ProcessException($"Corrupt pool frame: a {type} frame where a task was expected.");
            }

            var task = new MarshalReader(frame.Span[1..]);
            long id = task.ReadUnmanaged<long>();
            byte kind = task.ReadUnmanaged<byte>();
            int index = task.ReadUnmanaged<int>();
            if (index < 0)
            {
                // The first task for a target names it; later ones refer to it by number.
                index = ~index;
                string targetId = task.ReadString() ?? throw new MarshalException("Corrupt pool frame: no target id.");
                string? assembly = task.ReadString();
                if (index != targets.Count)
                {
                    throw new MarshalException($"Corrupt pool frame: target number {index} announced after {targets.Count} targets.");
                }

                targets.Add((targetId, assembly, null));
            }
            else if (index >= targets.Count)
            {
                throw new MarshalException($"Corrupt pool frame: unknown target number {index}.");
            }

            var arguments = frame[(1 + task.Consumed)..];
            if (!cancellation.TryBegin(id, out var token))
            {
                // Cancelled after it was sent, before it started (or the pool is stopping): it does not run.
                SendError(channel, results, id, new OperationCanceledException("The pool task was cancelled before it started.", token));
                continue;
            }

            try
            {
                var (targetName, targetAssembly, target) = targets[index];
                if (target is null)
                {
                    target = TargetResolver.Resolve(targetName, targetAssembly);
                    targets[index] = (targetName, targetAssembly, target);
                }

                results.Reset();
                results.WriteUnmanaged((byte)FrameType.TaskResult);
                results.WriteUnmanaged(id);
                if (kind == PoolTask.BatchKind)
                {
                    var batch = target.Batch ?? throw new ProcessException($"The target '{targetName}' cannot be mapped: it must return a value and take 1 to 4 parameters.");
                    Wait(batch.RunAsync(arguments, results, null, token));
                }
                else
                {
                    Wait(target.Invoker!(arguments, results, token));
                }

                channel.Results.Write(results.WrittenSpan, long.MaxValue);
            }
            catch (Exception ex)
            {
                SendError(channel, results, id, ex);
            }
            finally
            {
                cancellation.End();
            }

            if (sink.Overflow is { Length: <= 16 << 20 } larger)
            {
                buffer = larger; // kept for the next large task
            }

            if (++done >= maxTasks && maxTasks > 0)
            {
                return 0;
            }
        }
    }

    /// <summary>
    /// A worker in the middle of a long task does not read its connection, so it would not notice its parent dying,
    /// nor a Cancel: a watchdog reads the connection, cancels the tasks the parent names (see
    /// <see cref="WorkerCancellation"/>), and ends the worker at once when the parent's end closes (no orphan
    /// finishes its task alone).
    /// </summary>
    private static void WatchParent(ControlConnection connection, WorkerCancellation cancellation)
    {
        void Watch()
        {
            try
            {
                while (connection.TryReceive(out var type, out var payload))
                {
                    if (type == FrameType.Cancel && payload.Length == sizeof(long))
                    {
                        cancellation.Cancel(BitConverter.ToInt64(payload));
                    }
                }
            }
            catch (Exception ex) when (ex is ProcessException or System.Net.Sockets.SocketException or ObjectDisposedException or IOException)
            {
            }

            Interop.NativeMethods.ExitImmediately(1);
        }

        if (ChildBootstrap.TryUsePreparedWatchdog(Watch))
        {
            return; // a spare's watchdog thread, started while it waited
        }

        var watchdog = new Thread(Watch)
        {
            IsBackground = true,
            Name = "Multiprocessing pool worker watchdog",
        };
        watchdog.Start();
    }

    internal static (long Id, RemoteProcessException Error) ReadError(ReadOnlySpan<byte> frame, string workerName, int pid)
    {
        var reader = new MarshalReader(frame);
        long id = reader.ReadUnmanaged<long>();
        var report = RemoteErrorReport.Read(ref reader);
        reader.EnsureEnd("a pool error report");
        return (id, RemoteProcessException.FromReport(report, workerName, pid));
    }

    private static void SendError(PoolChannel channel, MarshalWriter writer, long id, Exception ex)
    {
        writer.Reset();
        writer.WriteUnmanaged((byte)FrameType.TaskError);
        writer.WriteUnmanaged(id);
        RemoteErrorReport.Write(writer, ex);
        channel.Results.Write(writer.WrittenSpan, long.MaxValue);
    }

    private static void Wait(ValueTask pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }
}
