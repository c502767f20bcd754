namespace Multiprocessing.Spawn;

/// <summary>A connected byte stream under a <see cref="ControlConnection"/>.</summary>
internal abstract class ControlTransport : IDisposable
{
    /// <summary>Sends some of <paramref name="data"/>; returns how many bytes went.</summary>
    internal abstract int Send(ReadOnlySpan<byte> data);

    /// <summary>Receives into <paramref name="buffer"/>; returns 0 at end of stream.</summary>
    internal abstract int Receive(Span<byte> buffer);

    internal virtual ValueTask<int> SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Send(data.Span));

    internal virtual ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Receive(buffer.Span));

    /// <summary>Unblocks a pending <see cref="Receive"/> on another thread and closes the stream.</summary>
    public abstract void Dispose();
}
