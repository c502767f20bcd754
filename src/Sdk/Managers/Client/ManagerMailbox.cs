using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Interop;

namespace Multiprocessing.Managers.Client;

/// <summary>
/// The fast path of a local manager connection: one request or reply at a time in a block of shared memory that the
/// server creates for the connection, handed over with sequence numbers, a short spin and the futex. A round trip
/// then costs two cache-line transfers instead of four socket system calls and two wake-ups. The Unix socket stays
/// open beside it: it carries what does not fit in the block, and its end tells either side that the other is gone.
/// </summary>
/// <remarks>Layout: a <see cref="MailboxHeader"/> (each word on its own cache line), then the data area.</remarks>
internal sealed unsafe class ManagerMailbox : IDisposable
{
    internal const int Size = 64 * 1024;
    private const int DataOffset = MailboxHeader.Size;

    /// <summary>How long a sleeping side waits before it checks that its peer is still there.</summary>
    private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(200);

    private readonly SharedMemoryBlock _block;
    private readonly byte* _base;
    private readonly MailboxHeader* _header;

    private ManagerMailbox(SharedMemoryBlock block)
    {
        _block = block;
        _base = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(block.Span));
        _header = (MailboxHeader*)_base;
        Capacity = (int)block.Size - DataOffset;
    }

    internal static bool IsSupported => Futex.IsSupported;

    internal string Name => _block.Name;

    internal int Capacity { get; }

    internal Span<byte> Data => new(_base + DataOffset, Capacity);

    private int* RequestSequence => &_header->RequestSequence;

    private int* ReplySequence => &_header->ReplySequence;

    private int* ServerAsleep => &_header->ServerAsleep;

    private int* ClientAsleep => &_header->ClientAsleep;

    private int* RequestLength => &_header->RequestLength;

    private int* ReplyLength => &_header->ReplyLength;

    /// <summary>
    /// The server's side: a new block, owned (and removed) by the server; null when shared memory has no room for it
    /// (a full /dev/shm), and the connection keeps to its socket.
    /// </summary>
    internal static ManagerMailbox? TryCreate() => SharedMemoryBlock.TryCreateReserved(Size) is { } block ? new(block) : null;

    /// <summary>The client's side: the block the server named.</summary>
    internal static ManagerMailbox Attach(string name)
    {
        var block = SharedMemoryBlock.Attach(name);
        if (block.Size != Size)
        {
            block.Dispose();
            throw new ProcessException($"The manager's mailbox '{name}' has {block.Size} bytes instead of {Size}: server and client run different builds.");
        }

        return new ManagerMailbox(block);
    }

    /// <summary>Client: publishes request number <paramref name="sequence"/> of <paramref name="length"/> bytes (-1: on the socket).</summary>
    internal void PostRequest(int sequence, int length)
    {
        Volatile.Write(ref *RequestLength, length);
        Interlocked.Exchange(ref *RequestSequence, sequence); // a full fence: the asleep flag is read after the store
        if (Volatile.Read(ref *ServerAsleep) != 0)
        {
            Futex.Wake(RequestSequence, 1);
        }
    }

    /// <summary>Server: publishes the reply to request <paramref name="sequence"/>, of <paramref name="length"/> bytes (-1: on the socket).</summary>
    internal void PostReply(int sequence, int length)
    {
        Volatile.Write(ref *ReplyLength, length);
        Interlocked.Exchange(ref *ReplySequence, sequence);
        if (Volatile.Read(ref *ClientAsleep) != 0)
        {
            Futex.Wake(ReplySequence, 1);
        }
    }

    /// <summary>
    /// Server: waits for the request after <paramref name="last"/>; returns its length (-1: on the socket), or null
    /// when <paramref name="gone"/> says the client (or the server) is gone.
    /// </summary>
    internal int? WaitRequest(int last, TimeSpan spin, Func<bool> gone) =>
        Wait(RequestSequence, ServerAsleep, last, spin, gone) ? Volatile.Read(ref *RequestLength) : null;

    /// <summary>Client: waits for the reply to request <paramref name="sequence"/>; returns its length, or null when the server is gone.</summary>
    internal int? WaitReply(int sequence, TimeSpan spin, Func<bool> gone) =>
        Wait(ReplySequence, ClientAsleep, sequence - 1, spin, gone) ? Volatile.Read(ref *ReplyLength) : null;

    public void Dispose() => _block.Dispose();

    /// <summary>Waits until <paramref name="word"/> moves on from <paramref name="last"/>: a spin first, then the futex.</summary>
    private static bool Wait(int* word, int* asleep, int last, TimeSpan spin, Func<bool> gone)
    {
        if (Volatile.Read(ref *word) != last)
        {
            return true;
        }

        if (SpinGate.Pays && spin > TimeSpan.Zero)
        {
            long deadline = Stopwatch.GetTimestamp() + (long)(spin.TotalSeconds * Stopwatch.Frequency);
            int round = 0;
            do
            {
                for (int i = 0; i < 64; i++)
                {
                    if (Volatile.Read(ref *word) != last)
                    {
                        return true;
                    }

                    Thread.SpinWait(1);
                }

                round++;
            }
            while ((round & 3) != 0 || Stopwatch.GetTimestamp() < deadline);
        }

        Interlocked.Exchange(ref *asleep, 1); // a full fence: the word is read again after the flag is visible
        try
        {
            while (Volatile.Read(ref *word) == last)
            {
                Futex.Wait(word, last, WaitSlice);
                if (Volatile.Read(ref *word) == last && gone())
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            Volatile.Write(ref *asleep, 0);
        }
    }
}
