namespace Multiprocessing.Tests.Targets;

/// <summary>A ChildProcess subclass whose fields are a queue and a pipe end: the child uses the same ones.</summary>
public sealed partial class Feeder : ChildProcess
{
    private readonly ProcessQueue<string> _queue;
    private readonly Connection<int> _connection;

    public Feeder(ProcessQueue<string> queue, Connection<int> connection)
    {
        _queue = queue;
        _connection = connection;
    }

    public override void Run()
    {
        int count = _connection.Recv();
        for (int i = 0; i < count; i++)
        {
            _queue.Put($"{i} from {Environment.ProcessId}");
        }

        _connection.Send(count);
    }
}
