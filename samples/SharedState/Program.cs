// Python's shared state between processes, ported: Value and Array in shared memory, and a manager's dict and list.
// Python:
//   from multiprocessing import Process, Value, Array, Manager
//   def work(n, a): with n.get_lock(): n.value += 1 ...
//   if __name__ == '__main__':
//       num = Value('i', 0); arr = Array('d', range(8)); ...
//       with Manager() as manager: d = manager.dict(); l = manager.list() ...
using Multiprocessing;
using Samples.SharedState;

Multiprocess.MainGuard(); // Python's `if __name__ == '__main__':` - children start here and run their target.

Console.WriteLine($"main: parent pid {Environment.ProcessId}");

// 1. A shared counter with its own lock (Python's Value('i', 0) and get_lock()): 4 processes x 1000 increments.
using (var counter = SharedValue<int>.Create(0, withLock: true))
{
    var workers = Enumerable.Range(0, 4).Select(_ => ChildProcess.Create(Work.Count, (counter, 1000))).ToList();
    workers.ForEach(w => w.Start());
    workers.ForEach(w => w.Join());
    Console.WriteLine($"1. counter = {counter.Value} after 4 processes x 1000 locked increments (pids {string.Join(", ", workers.Select(w => w.Pid))})");
    workers.ForEach(w => w.Dispose());
}

// 2. A shared array (Python's Array('d', ...)): two children square their half in place; the parent sees the result.
using (var numbers = SharedArray<double>.Create(8))
{
    for (int i = 0; i < numbers.Length; i++)
    {
        numbers[i] = i;
    }

    using var low = ChildProcess.Create(Work.SquareSlice, (numbers, 0, 4));
    using var high = ChildProcess.Create(Work.SquareSlice, (numbers, 4, 8));
    low.Start();
    high.Start();
    low.Join();
    high.Join();
    Console.WriteLine($"2. array squared in place by pids {low.Pid} and {high.Pid}: [{string.Join(", ", numbers.Span.ToArray())}]");
}

// 3. A manager's dictionary and list (Python's Manager().dict() and .list()), written by three children.
using (var manager = ProcessManager.Start())
{
    var squares = manager.CreateDictionary<string, int>();
    var log = manager.CreateList<string>();
    var writers = Enumerable.Range(1, 3).Select(i => ChildProcess.Create(Work.Record, (squares, log, i))).ToList();
    writers.ForEach(w => w.Start());
    writers.ForEach(w => w.Join());
    var entries = squares.ToDictionary().OrderBy(e => e.Key).Select(e => $"{e.Key}={e.Value}");
    Console.WriteLine($"3. manager (pid {manager.ServerProcessId}) dictionary: {string.Join(", ", entries)}");
    Console.WriteLine($"3. manager list has {log.Count} entries: {string.Join("; ", log.ToArray().Order())}");
    writers.ForEach(w => w.Dispose());
}

Console.WriteLine("main: done");
