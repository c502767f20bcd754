using Multiprocessing;

namespace Samples.Processes;

/// <summary>Python's classic <c>class Clock(Process)</c>: prints the time N times; its fields travel to the child.</summary>
internal sealed partial class Clock : ChildProcess
{
    private readonly int _ticks;
    private readonly int _intervalMs;

    public Clock(int ticks, int intervalMs)
    {
        _ticks = ticks;
        _intervalMs = intervalMs;
    }

    public override void Run()
    {
        for (int i = 1; i <= _ticks; i++)
        {
            Console.WriteLine($"4. tick {i}/{_ticks} from {Multiprocess.Current.Name} (pid {Environment.ProcessId})");
            Thread.Sleep(_intervalMs);
        }
    }
}
