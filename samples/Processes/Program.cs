// The situations Python's multiprocessing tutorials teach about Process, ported one by one.
using Multiprocessing;
using Samples.Processes;

Multiprocess.MainGuard();

Console.WriteLine($"main: {Multiprocess.Current.Name} pid {Multiprocess.Current.Pid}, {Multiprocess.CpuCount} CPUs");

// 1. target + args, name, pid and parent pid
var info = ChildProcess.Create(Tasks.Info, "hello");
info.Name = "info-process";
info.Start();
info.Join();
Console.WriteLine($"1. {info.Result}");

// 2. join a list of processes
var squares = Enumerable.Range(1, 5).Select(i => ChildProcess.Create(Tasks.Square, i)).ToList();
foreach (var s in squares)
{
    s.Start();
}

foreach (var s in squares)
{
    s.Join();
}

Console.WriteLine($"2. squares: {string.Join(", ", squares.Select(s => s.Result))} from {squares.Select(s => s.Pid).Distinct().Count()} distinct pids");

// 3. IsAlive, Join(timeout), Terminate, ExitCode
var sleeper = ChildProcess.Create(Tasks.Sleep, 30_000);
sleeper.Start();
bool finished = sleeper.Join(TimeSpan.FromMilliseconds(200));
Console.WriteLine($"3. after Join(200 ms): finished={finished} IsAlive={sleeper.IsAlive}");
sleeper.Terminate();
sleeper.Join();
Console.WriteLine($"3. after Terminate: IsAlive={sleeper.IsAlive} ExitCode={sleeper.ExitCode}");

// 4. a ChildProcess subclass whose fields travel to the child
var clock = new Clock(ticks: 3, intervalMs: 50);
clock.Start();
clock.Join();
Console.WriteLine($"4. clock exited with {clock.ExitCode}");

// 5. isolation: a static field changed in a child is not seen by the parent
var bump = ChildProcess.Create(Tasks.IncrementCounter);
bump.Start();
bump.Join();
Console.WriteLine($"5. counter in the child: {bump.Result}, in the parent: {Tasks.Counter}");

// 6. an exception in the child
var failing = ChildProcess.Create(Tasks.Fail);
failing.Start();
failing.Join();
Console.WriteLine($"6. ExitCode={failing.ExitCode} error={failing.Exception?.RemoteTypeName}: {failing.Exception?.RemoteMessage}");

// 7. a daemon child is terminated when the parent exits (it would otherwise run for ten minutes)
// MP0009 warns that this process is never joined: on purpose, the exit handler terminates it.
#pragma warning disable MP0009
var daemon = ChildProcess.Create(Tasks.Sleep, 600_000);
#pragma warning restore MP0009
daemon.Daemon = true;
daemon.Start();
Console.WriteLine($"7. daemon {daemon.Name} pid {daemon.Pid} started; active children: {Multiprocess.ActiveChildren().Count}");

// 8. the warm start (Python's set_start_method('forkserver')): a ready spare child takes the next Start(), which then
// costs a few milliseconds instead of a runtime start-up. Spares are not children, and they end with this process.
Multiprocess.StartMethod = StartMethod.WarmSpawn;
Multiprocess.WaitForSpares(TimeSpan.FromSeconds(60));
var warm = ChildProcess.Create(Tasks.Square, 12);
warm.Start();
warm.Join();
Console.WriteLine($"8. warm start: square {warm.Result}; active children: {Multiprocess.ActiveChildren().Count}");
Console.WriteLine("main: done");
