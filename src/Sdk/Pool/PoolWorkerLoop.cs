using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// The worker's side of a pool: run the initializer, then take tasks from the control connection one by one and
/// send back each result or exception, until the pool says stop, the task quota is used up, or the parent is gone.
/// </summary>
internal static class PoolWorkerLoop
{
    internal const string TargetId = "Multiprocessing.ProcessPool.Worker";
    internal const long InitializerTaskId = -1;

    /// <summary>How long a worker that just answered keeps polling for the next task before it blocks.</summary>
    internal static readonly TimeSpan SpinAfterTask = TimeSpan.FromMicroseconds(50);

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

    internal static int Run(ControlConnection connection, ReadOnlyMemory<byte> settings)
    {
        var reader = new MarshalReader(settings.Span);
        int maxTasks = reader.ReadUnmanaged<int>();
        string? initializer = reader.ReadString();
        string? initializerAssembly = reader.ReadString();
        byte[] initializerArguments = reader.ReadUnmanagedArray<byte>() ?? [];
        reader.EnsureEnd("the pool worker settings");

        var results = new MarshalWriter();
        if (initializer is not null)
        {
            try
            {
                var target = TargetResolver.Resolve(initializer, initializerAssembly);
                Wait(target.Invoker!(initializerArguments, results));
            }
            catch (Exception ex)
            {
                SendError(connection, results, InitializerTaskId, ex);
                return 1;
            }
        }

        var native = connection.Transport as NativeSocketTransport;
        WatchParent(native);

        // A terminal's Ctrl+C signals the whole process group: the parent decides how its pool stops (Close lets work
        // finish, Terminate sends SIGTERM), so a worker does not die mid-task on SIGINT. It still ends with its parent.
        using var interrupt = OperatingSystem.IsWindows() ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, static context => context.Cancel = true);
        var targets = new Dictionary<string, TargetDescriptor>(StringComparer.Ordinal);
        int done = 0;
        var buffer = new byte[64 * 1024];
        while (true)
        {
            // Right after a task the next one often follows within microseconds: catching it by polling saves the
            // ~25 us it costs to wake a blocked process. Idle, the worker blocks and uses no CPU.
            native?.WaitReadable(done > 0 ? SpinAfterTask : TimeSpan.Zero);
            if (!connection.TryReceive(ref buffer, out var type, out int length))
            {
                break;
            }

            var frame = buffer.AsMemory(0, length);
            if (type == FrameType.Stop)
            {
                return 0;
            }

            if (type != FrameType.Task)
            {
                throw new ProcessException($"Corrupt pool frame: a {type} frame where a task was expected.");
            }

            var task = new MarshalReader(frame.Span);
            long id = task.ReadUnmanaged<long>();
            byte kind = task.ReadUnmanaged<byte>();
            string targetId = task.ReadString() ?? throw new MarshalException("Corrupt pool frame: no target id.");
            string? assembly = task.ReadString();
            var arguments = frame[task.Consumed..];
            try
            {
                if (!targets.TryGetValue(targetId, out var target))
                {
                    target = TargetResolver.Resolve(targetId, assembly);
                    targets[targetId] = target;
                }

                results.Reset();
                results.WriteUnmanaged(id);
                if (kind == PoolTask.BatchKind)
                {
                    var batch = target.Batch ?? throw new ProcessException($"The target '{targetId}' cannot be mapped: it must return a value and take 1 to 4 parameters.");
                    Wait(batch.RunAsync(arguments, results, null));
                }
                else
                {
                    Wait(target.Invoker!(arguments, results));
                }

                connection.Send(FrameType.TaskResult, results.WrittenSpan);
            }
            catch (Exception ex)
            {
                SendError(connection, results, id, ex);
            }

            if (++done >= maxTasks && maxTasks > 0)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// A worker in the middle of a long task does not read its connection, so it would not notice its parent dying:
    /// a watchdog waits for the parent's end to close and ends the worker at once (no orphan finishes its task alone).
    /// </summary>
    private static void WatchParent(NativeSocketTransport? transport)
    {
        if (transport is null)
        {
            return;
        }

        var watchdog = new Thread(() =>
        {
            transport.WaitPeerClosed();
            Interop.NativeMethods.ExitImmediately(1);
        })
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
        string type = reader.ReadString() ?? "System.Exception";
        string message = reader.ReadString() ?? "";
        string stack = reader.ReadString() ?? "";
        reader.EnsureEnd("a pool error report");
        return (id, new RemoteProcessException(type, message, stack, workerName, pid));
    }

    private static void SendError(ControlConnection connection, MarshalWriter writer, long id, Exception ex)
    {
        writer.Reset();
        writer.WriteUnmanaged(id);
        writer.WriteString(ex.GetType().FullName ?? ex.GetType().Name);
        writer.WriteString(ex.Message);
        writer.WriteString(ex.StackTrace ?? "");
        connection.Send(FrameType.TaskError, writer.WrittenSpan);
    }

    private static void Wait(ValueTask pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }
}
