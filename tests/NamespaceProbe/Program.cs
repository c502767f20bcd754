// The namespace probe: run by tests/Sdk.Tests/Sync/PidNamespaceTests.cs under `unshare --pid --fork --mount-proc`, so
// that it lives in a pid namespace of its own while it shares /dev/shm (and the segment directory) with the test.
// It prints one result line, "result <words>", and exits 0; anything unexpected prints "error <what>" and exits 1.
//
//   lock-acquire <lock name> <timeout ms>
//       attaches to a ProcessLock and tries to acquire it: "result acquired", "result timeout" or
//       "result abandoned <dead holder>" (the lock was taken from a holder believed dead).
//   traffic <queue name> <lock name> <counter name> <seconds> <pool processes>
//       for that long, side by side: puts and gets on a ProcessQueue<long> (this side's items are negative), takes the
//       lock to add to a SharedValue<long> counter non-atomically, and maps ProbeTargets.Square on a pool of its own.
//       Prints "result put <count> <sum> got <count> <sum> locked <times> pooled <tasks>".
using System.Globalization;
using Multiprocessing.NamespaceProbe;

try
{
    string line = args.FirstOrDefault() switch
    {
        "lock-acquire" when args.Length == 3 => Probe.LockAcquire(args[1], TimeSpan.FromMilliseconds(int.Parse(args[2], CultureInfo.InvariantCulture))),
        "traffic" when args.Length == 6 => Probe.Traffic(args[1], args[2], args[3], TimeSpan.FromSeconds(double.Parse(args[4], CultureInfo.InvariantCulture)), int.Parse(args[5], CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException("usage: lock-acquire <lock> <timeout ms> | traffic <queue> <lock> <counter> <seconds> <pool processes>"),
    };
    Console.WriteLine($"result {line}");
    return 0;
}
catch (Exception ex)
{
    Console.WriteLine($"error {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
    Console.Error.WriteLine(ex);
    return 1;
}
