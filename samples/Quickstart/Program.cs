// Python:
//   from multiprocessing import Process
//   def square(x): return x * x
//   if __name__ == '__main__':
//       p = Process(target=square, args=(7,)); p.start(); p.join()
using Multiprocessing;

Multiprocess.MainGuard(); // Python's `if __name__ == '__main__':` - children start here and run their target.

Console.WriteLine($"parent: pid {Environment.ProcessId}");

// One child: start it, wait for it, read its typed result.
var p = ChildProcess.Create(Work.Square, 7);
p.Start();
p.Join();
Console.WriteLine($"Square(7) = {p.Result} computed by pid {p.Pid}, exit code {p.ExitCode}");

// Several children at once, each with its own arguments.
var children = Enumerable.Range(1, 4).Select(i => ChildProcess.Create(Work.Greet, ($"worker {i}", i))).ToList();
children.ForEach(c => c.Start());
children.ForEach(c => c.Join());
foreach (var c in children)
{
    Console.WriteLine($"{c.Name}: {c.Result}");
}

internal static class Work
{
    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static string Greet(string who, int times) =>
        $"{string.Join(' ', Enumerable.Repeat("hello", times))} from {who} in pid {Environment.ProcessId} (parent {Multiprocess.Parent?.Pid})";
}
