namespace Multiprocessing.Ipc;

/// <summary>Where <see cref="SharedRing.Read{TSink}(ref TSink, long)"/> copies a message's payload.</summary>
internal interface IRingSink
{
    /// <summary>Called once the length is known: the span to copy the payload into (its length is exactly <paramref name="length"/>).</summary>
    Span<byte> Begin(int length);

    /// <summary>The message turned out to be unusable (its producer died while writing it): forget it.</summary>
    void Discard();
}
