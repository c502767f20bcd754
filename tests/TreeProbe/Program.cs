// The root of a process tree that uses a pool, a queue, a lock, a shared value and a manager, then waits to be killed
// or attacked. It prints one line once everything is live:
//   ready root=<pid> workers=<pid>,<pid> manager=<pid> address=<manager address>
// (With the argument interrupt or interrupt-python it is the Ctrl+C probe instead: see InterruptProbe; with pipeline,
// the producer/consumer pipeline interrupted by Ctrl+C: see PipelineProbe.)
// The tests give it private MULTIPROCESSING_SHM_DIR and TMPDIR directories, so every file there is its tree's.
using Multiprocessing;
using Multiprocessing.TreeProbe;

Multiprocess.MainGuard(); // pool workers and the manager server start here

if (args.Length > 0 && args[0] == "pipeline")
{
    Environment.Exit(PipelineProbe.Run());
}

if (args.Length > 0 && args[0].StartsWith("interrupt", StringComparison.Ordinal))
{
    Environment.Exit(args[0] == "interrupt-default" ? InterruptProbe.RunUnhandled() : InterruptProbe.Run(python: args[0] == "interrupt-python"));
}

var pool = new ProcessPool(2);
if (pool.Map(Tasks.Square, [1, 2, 3, 4]).Sum() != 30)
{
    throw new InvalidOperationException("the pool computed a wrong sum");
}

var queue = ProcessQueue<int>.Create();
queue.Put(42);
var gate = ProcessLock.Create();
gate.Acquire();
var value = SharedValue<int>.Create(7);
var manager = ProcessManager.Start();
var dictionary = manager.CreateDictionary<string, int>();
dictionary["answer"] = 42;

Console.WriteLine($"ready root={Environment.ProcessId} workers={string.Join(',', pool.WorkerPids)} manager={manager.ServerProcessId} address={manager.Address}");
Console.Out.Flush();
GC.KeepAlive((queue, gate, value, dictionary));
Thread.Sleep(Timeout.Infinite);
