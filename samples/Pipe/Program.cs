// Python's Pipe(): two connected ends; here a parent and a child talk both ways over a duplex pipe.
// Python:
//   from multiprocessing import Process, Pipe
//   def child(conn): conn.send(conn.recv() * 2); conn.close()
//   if __name__ == '__main__':
//       parent_conn, child_conn = Pipe(); p = Process(target=child, args=(child_conn,)); p.start()
using Multiprocessing;
using Samples.Pipe;

Multiprocess.MainGuard(); // Python's `if __name__ == '__main__':` - children start here and run their target.

Console.WriteLine($"main: parent pid {Environment.ProcessId}");

// 1. Duplex: both ends send and receive.
var (parentEnd, childEnd) = ProcessPipe.Create<string>();
using (parentEnd)
{
    using var child = ChildProcess.Create(Talkers.Answer, childEnd);
    child.Start();
    childEnd.Close(); // the parent's copy of the child's end: closed, so the parent sees the end of the stream later
    foreach (var question in new[] { "hello", "how are you?", "bye" })
    {
        parentEnd.Send(question);
        Console.WriteLine($"1. parent sent '{question}', child answered '{parentEnd.Recv()}'");
    }

    try
    {
        parentEnd.Recv();
    }
    catch (EndOfStreamException)
    {
        Console.WriteLine($"1. the child (pid {child.Pid}) closed its end: end of stream");
    }

    child.Join();
}

// 2. One-way (Python's Pipe(duplex=False)): the first end receives, the second sends; Poll says whether a message waits.
var (reader, writer) = ProcessPipe.Create<double[]>(duplex: false);
using (reader)
{
    using var sender = ChildProcess.Create(Talkers.SendSquares, (writer, 5));
    sender.Start();
    writer.Close();
    Console.WriteLine($"2. poll before anything was sent: {reader.Poll()}, within 10 s: {reader.Poll(TimeSpan.FromSeconds(10))}");
    Console.WriteLine($"2. received [{string.Join(", ", reader.Recv())}] from pid {sender.Pid}");
    sender.Join();
}

Console.WriteLine("main: done");
