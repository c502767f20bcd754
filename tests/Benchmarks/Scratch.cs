using System.Diagnostics;
using Multiprocessing.Ipc;
namespace Multiprocessing.Benchmarks;
internal static unsafe class Scratch
{
    private struct Sink : IRingSink { public byte[] B; public Span<byte> Begin(int length) => B.AsSpan(0, length); public void Discard() { } }
    public static IEnumerable<Figure> Run(bool quick) { Go(); yield break; }
    private static void Go()
    {
        using var q = ProcessQueue<int>.Create();
        using var block = SharedMemoryBlock.Create(SharedRing.SizeFor(1 << 20));
        SharedRing.Initialize(block.Pointer, 1 << 20, 0, 0);
        var ring = new SharedRing(block.Pointer, block.Name);
        var sink = new Sink { B = new byte[16] };
        byte[] payload = new byte[4];
        for (int round = 0; round < 6; round++)
        {
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < 100_000; i++) { q.Put(i); }
            for (int i = 0; i < 100_000; i++) { if (q.Get() != i) throw new Exception(); }
            double api = Stopwatch.GetElapsedTime(t0).TotalMilliseconds * 1e6 / 100_000;
            t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < 100_000; i++) { ring.Write(payload, long.MaxValue); }
            for (int i = 0; i < 100_000; i++) { ring.Read(ref sink, long.MaxValue); }
            double raw = Stopwatch.GetElapsedTime(t0).TotalMilliseconds * 1e6 / 100_000;
            t0 = Stopwatch.GetTimestamp();
            int x = 0;
            for (int i = 0; i < 100_000; i++) { Interlocked.Increment(ref x); Interlocked.Exchange(ref x, i); }
            double two = Stopwatch.GetElapsedTime(t0).TotalMilliseconds * 1e6 / 100_000;
            Console.WriteLine($"api put+get {api:F0} ns, raw ring write+read {raw:F0} ns, 2 interlocked {two:F1} ns");
        }
    }
}
