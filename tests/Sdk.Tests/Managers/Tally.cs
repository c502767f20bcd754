namespace Multiprocessing.Tests.Managers;

/// <summary>A user class served by a manager: its methods run in the server process, called through generated proxies.</summary>
[ManagedType]
public sealed class Tally
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public Tally()
    {
    }

    public Tally(string first, int count) => _counts[first] = count;

    public int ServerPid => Environment.ProcessId;

    public string Title { get; set; } = "untitled";

    public int Add(string key, int amount) => _counts[key] = _counts.GetValueOrDefault(key) + amount;

    public int Get(string key) => _counts.GetValueOrDefault(key);

    public Dictionary<string, int> Snapshot() => new(_counts);

    public void Fail(string why) => throw new InvalidOperationException(why);
}

/// <summary>A [ManagedType] class the tests never register with a server.</summary>
[ManagedType]
public sealed class Unregistered
{
    public int Answer() => 42;
}
