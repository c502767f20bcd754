namespace Multiprocessing.Benchmarks;

/// <summary>The child sides of the queue and pipe benchmarks (mirrors of mp_bench.py's _q_producer, _echo_*, _bw_*).</summary>
internal static class IpcBenchmarkTargets
{
    internal static readonly byte[] Payload1K = Enumerable.Range(0, 1024).Select(i => (byte)i).ToArray();

    [ProcessTarget]
    public static void ProduceInts(ProcessQueue<int> queue, Connection<int> control, int n)
    {
        Produce(control, n, i => queue.Put(i));
        if (queue is JoinableProcessQueue<int> joinable)
        {
            joinable.Join(); // as mp_bench.py's producer: returns once the parent marked every item done
        }
    }

    [ProcessTarget]
    public static void ProduceJoinableInts(JoinableProcessQueue<int> queue, Connection<int> control, int n) => ProduceInts(queue, control, n);

    [ProcessTarget]
    public static void ProduceBytes(ProcessQueue<byte[]> queue, Connection<int> control, int n) => Produce(control, n, _ => queue.Put(Payload1K));

    [ProcessTarget]
    public static void ProduceSimpleInts(SimpleProcessQueue<int> queue, Connection<int> control, int n) => Produce(control, n, queue.Put);

    [ProcessTarget]
    public static void ProduceSimpleBytes(SimpleProcessQueue<byte[]> queue, Connection<int> control, int n) => Produce(control, n, _ => queue.Put(Payload1K));

    /// <summary>Says ready, waits for go, then puts <paramref name="n"/> items (mp_bench.py's _q_producer).</summary>
    private static void Produce(Connection<int> control, int n, Action<int> put)
    {
        control.Send(1);
        control.Recv();
        for (int i = 0; i < n; i++)
        {
            put(i);
        }
    }

    [ProcessTarget]
    public static void EchoObj(Connection<int> connection)
    {
        while (true)
        {
            int x = connection.Recv();
            if (x == int.MinValue)
            {
                return;
            }

            connection.Send(x);
        }
    }

    [ProcessTarget]
    public static void EchoBytes(Connection<byte[]> connection)
    {
        while (true)
        {
            var b = connection.RecvBytes();
            if (b.Length == 0)
            {
                return;
            }

            connection.SendBytes(b);
        }
    }

    [ProcessTarget]
    public static void SendBlobs(Connection<int> control, Connection<byte[]> data, int size)
    {
        var payload = MakePayload(size);
        control.Send(1);
        while (control.Recv() != 0)
        {
            data.SendBytes(payload);
        }
    }

    [ProcessTarget]
    public static void PutBlobs(Connection<int> control, ProcessQueue<byte[]> queue, int size)
    {
        var payload = MakePayload(size);
        control.Send(1);
        while (control.Recv() != 0)
        {
            queue.Put(payload);
        }
    }

    private static byte[] MakePayload(int size)
    {
        var payload = new byte[size];
        for (int i = 0; i < size; i++)
        {
            payload[i] = (byte)i; // bytes(range(256)) * n: non-zero, fully materialised
        }

        return payload;
    }
}
