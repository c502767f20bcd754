using Multiprocessing.Ipc;

namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the queue and pipe tests: they run in child processes.</summary>
public static class IpcWorkers
{
    [ProcessTarget]
    public static void Produce(ProcessQueue<int> queue, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            queue.Put(i);
        }
    }

    [ProcessTarget]
    public static void PutPidThenItems(ProcessQueue<string> queue, string[] items)
    {
        queue.Put("pid:" + Environment.ProcessId);
        foreach (var item in items)
        {
            queue.Put(item);
        }
    }

    /// <summary>Gets until the sentinel -1, handing every item on to <paramref name="results"/> tagged with this pid.</summary>
    [ProcessTarget]
    public static void Consume(ProcessQueue<int> queue, ProcessQueue<(int Pid, int Item)> results)
    {
        while (true)
        {
            int item = queue.Get();
            if (item < 0)
            {
                return;
            }

            results.Put((Environment.ProcessId, item));
        }
    }

    [ProcessTarget]
    public static int GetOne(ProcessQueue<int> queue) => queue.Get(timeout: TimeSpan.FromSeconds(60));

    [ProcessTarget]
    public static void PutBytes(ProcessQueue<byte[]> queue, int length)
    {
        var payload = new byte[length];
        for (int i = 0; i < length; i++)
        {
            payload[i] = (byte)(i * 7);
        }

        queue.Put(payload);
    }

    /// <summary>Blocks in Get (holding the consumers' turn) after writing its pid to <paramref name="pidFile"/>.</summary>
    [ProcessTarget]
    public static void GetForever(ProcessQueue<int> queue, string pidFile)
    {
        File.WriteAllText(pidFile, Environment.ProcessId.ToString());
        queue.Get();
    }

    /// <summary>Starts taking a streamed item out, then hangs in the middle of it (a consumer that dies there).</summary>
    [ProcessTarget]
    public static void HangInsideGet(ProcessQueue<byte[]> queue, string pidFile)
    {
        RingSeams.AfterStreamedChunk = () =>
        {
            File.WriteAllText(pidFile, Environment.ProcessId.ToString());
            Thread.Sleep(Timeout.Infinite);
        };
        queue.Get();
    }

    /// <summary>Starts putting a streamed item, then hangs in the middle of it (a producer that dies there).</summary>
    [ProcessTarget]
    public static void HangInsidePut(ProcessQueue<byte[]> queue, int length, string pidFile)
    {
        RingSeams.AfterStreamedChunk = () =>
        {
            File.WriteAllText(pidFile, Environment.ProcessId.ToString());
            Thread.Sleep(Timeout.Infinite);
        };
        queue.Put(new byte[length]);
    }

    /// <summary>Writes one message into the ring at the start of <paramref name="block"/> (for the ring's invariant checks).</summary>
    [ProcessTarget]
    public static unsafe void WriteOneMessage(SharedMemoryBlock block)
    {
        var ring = new SharedRing(block.Pointer, block.Name);
        ring.Write([1, 2, 3], long.MaxValue);
    }

    [ProcessTarget]
    public static void WorkOnTasks(JoinableProcessQueue<int> queue, SharedValue<long> sum)
    {
        while (true)
        {
            int item = queue.Get();
            if (item < 0)
            {
                queue.TaskDone();
                return;
            }

            sum.Add(item);
            queue.TaskDone();
        }
    }

    [ProcessTarget]
    public static void SimpleEcho(SimpleProcessQueue<string> input, SimpleProcessQueue<string> output)
    {
        output.Put($"{input.Get()} from {Environment.ProcessId}");
    }

    [ProcessTarget]
    public static void Echo(Connection<string> connection)
    {
        while (true)
        {
            string message;
            try
            {
                message = connection.Recv();
            }
            catch (EndOfStreamException)
            {
                return;
            }

            connection.Send($"{message} from {Environment.ProcessId}");
        }
    }

    [ProcessTarget]
    public static void EchoBytes(Connection<byte[]> connection)
    {
        var bytes = connection.RecvBytes();
        connection.SendBytes(bytes);
        connection.Close();
    }

    [ProcessTarget]
    public static void SendAndClose(Connection<int> connection, int count)
    {
        for (int i = 0; i < count; i++)
        {
            connection.Send(i);
        }

        connection.Close();
    }

    [ProcessTarget]
    public static void SendAndExit(Connection<int> connection, int value) => connection.Send(value);

    [ProcessTarget]
    public static void SendAfter(Connection<int> connection, int delayMs, int value)
    {
        Thread.Sleep(delayMs);
        connection.Send(value);
    }
}
