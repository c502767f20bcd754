using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Ipc;

[Collection(ProcessCollection.Name)]
public sealed class ProcessPipeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_duplex_pipe_carries_messages_both_ways_between_parent_and_child()
    {
        var (parentEnd, childEnd) = ProcessPipe.Create<string>();
        using (parentEnd)
        {
            using var child = ChildProcess.Create(IpcWorkers.Echo, childEnd);
            child.Start();
            childEnd.Close(); // as in Python: the parent's copy of the child's end goes, so EOF can be seen later
            parentEnd.Send("ping");
            Assert.Equal($"ping from {child.Pid}", parentEnd.Recv());
            Assert.NotEqual(Environment.ProcessId, child.Pid);
            for (int i = 0; i < 100; i++)
            {
                parentEnd.Send(i.ToString());
                Assert.Equal($"{i} from {child.Pid}", parentEnd.Recv());
            }

            parentEnd.Close(); // the child's Recv ends with EndOfStreamException and it exits
            Assert.True(child.Join(Patience));
            Assert.Equal(0, child.ExitCode);
        }
    }

    [Fact]
    public void Closing_the_sending_end_ends_the_stream_after_the_last_message()
    {
        var (reader, writer) = ProcessPipe.Create<int>(duplex: false);
        using (reader)
        {
            Assert.True(reader.Readable);
            Assert.False(reader.Writable);
            Assert.False(writer.Readable);
            Assert.Throws<InvalidOperationException>(() => reader.Send(1));
            Assert.Throws<InvalidOperationException>(() => writer.Recv());
            using var child = ChildProcess.Create(IpcWorkers.SendAndClose, (writer, 5));
            child.Start();
            writer.Close();
            var received = new List<int>();
            while (true)
            {
                try
                {
                    received.Add(reader.Recv());
                }
                catch (EndOfStreamException)
                {
                    break;
                }
            }

            Assert.Equal([0, 1, 2, 3, 4], received);
            Assert.True(reader.Poll()); // at the end of the stream a receive would not wait
            Assert.True(child.Join(Patience));
        }
    }

    [Fact]
    public void A_child_that_exits_without_closing_still_ends_the_stream()
    {
        var (reader, writer) = ProcessPipe.Create<int>(duplex: false);
        using (reader)
        {
            using var child = ChildProcess.Create(IpcWorkers.SendAndExit, (writer, 42));
            child.Start();
            writer.Close();
            Assert.Equal(42, reader.Recv());
            Assert.Throws<EndOfStreamException>(() => reader.Recv());
            Assert.True(child.Join(Patience));
        }
    }

    [Fact]
    public void Sending_to_a_pipe_nobody_can_read_is_an_error()
    {
        var (reader, writer) = ProcessPipe.Create<int>(duplex: false, bufferSize: 4096);
        using (writer)
        {
            reader.Close();
            var error = Assert.Throws<IOException>(() =>
            {
                for (int i = 0; i < 10_000; i++)
                {
                    writer.Send(i); // fills the buffer, then finds nobody to make room
                }
            });
            Assert.Contains("broken", error.Message);
        }
    }

    [Fact]
    public void Bytes_of_any_size_round_trip_and_RecvBytesInto_reports_a_short_buffer()
    {
        var (a, b) = ProcessPipe.Create<byte[]>(bufferSize: 64 * 1024);
        using (a)
        {
            using var child = ChildProcess.Create(IpcWorkers.EchoBytes, b);
            child.Start();
            b.Close();
            var payload = new byte[5_000_000];
            Random.Shared.NextBytes(payload);
            a.SendBytes(payload, 0, payload.Length);
            var back = a.RecvBytes();
            Assert.Equal(payload, back);
            Assert.True(child.Join(Patience));

            var (c, d) = ProcessPipe.Create<byte[]>();
            using (c)
            using (d)
            {
                d.SendBytes([1, 2, 3, 4, 5]);
                var buffer = new byte[8];
                Assert.Equal(5, c.RecvBytesInto(buffer, 2));
                Assert.Equal(new byte[] { 0, 0, 1, 2, 3, 4, 5, 0 }, buffer);
                d.SendBytes(new byte[20]);
                var error = Assert.Throws<BufferTooShortException>(() => c.RecvBytesInto(buffer));
                Assert.Equal(20, error.ReceivedMessage.Length);
                d.SendBytes(new byte[20]);
                Assert.Throws<IOException>(() => c.RecvBytes(maxLength: 10));
                Assert.False(c.Poll());
            }
        }
    }

    [Fact]
    public void Poll_and_Wait_see_which_connection_has_a_message()
    {
        var (r1, w1) = ProcessPipe.Create<int>(duplex: false);
        var (r2, w2) = ProcessPipe.Create<int>(duplex: false);
        using (r1)
        using (r2)
        {
            Assert.False(r1.Poll());
            Assert.False(r1.Poll(TimeSpan.FromMilliseconds(50)));
            Assert.Empty(Connection.Wait([r1, r2], TimeSpan.FromMilliseconds(50)));
            using var child = ChildProcess.Create(IpcWorkers.SendAfter, (w2, 100, 7));
            child.Start();
            w2.Close();
            var ready = Connection.Wait([r1, r2], Patience);
            Assert.Same(r2, Assert.Single(ready));
            Assert.Equal(7, r2.Recv());
            Assert.True(child.Join(Patience));
            w1.Close();
            Assert.True(r1.Poll(Patience)); // the end of the stream counts as ready
        }
    }

    [Fact]
    public async Task RecvAsync_waits_without_blocking_and_can_be_canceled()
    {
        var (a, b) = ProcessPipe.Create<int>();
        using (a)
        using (b)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a.RecvAsync(cts.Token));
            var pending = a.RecvAsync();
            b.Send(3);
            Assert.Equal(3, await pending.WaitAsync(Patience));
        }
    }

    [Fact]
    public void Queues_and_pipe_ends_in_the_fields_of_a_ChildProcess_subclass_reach_the_child()
    {
        using var queue = ProcessQueue<string>.Create();
        var (mine, theirs) = ProcessPipe.Create<int>();
        using (mine)
        {
            using var feeder = new Feeder(queue, theirs);
            feeder.Start();
            theirs.Close();
            mine.Send(3);
            Assert.Equal(3, mine.Recv());
            Assert.Equal(["0", "1", "2"], Enumerable.Range(0, 3).Select(_ => queue.Get(timeout: Patience).Split(' ')[0]));
            Assert.True(feeder.Join(Patience));
            Assert.Equal(0, feeder.ExitCode);
        }
    }
}
