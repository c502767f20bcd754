namespace Multiprocessing.Tests.Targets;

/// <summary>A ChildProcess subclass (Python: class Clock(Process) with run()); its fields travel to the child.</summary>
public sealed partial class Clock : ChildProcess
{
    private readonly string _path;

    public Clock(string path, int ticks)
    {
        _path = path;
        Ticks = ticks;
    }

    public int Ticks { get; }

    public string Label = "tick";

    public override void Run()
    {
        var lines = Enumerable.Range(1, Ticks).Select(i => $"{Label} {i}");
        File.WriteAllText(_path, string.Join('\n', lines) + $"\n{Multiprocess.Current.Name}|{Environment.ProcessId}");
    }
}
