namespace Multiprocessing.Pool;

/// <summary>What a pool asks of a lazy imap source's feeder when the pool is closed or terminated.</summary>
internal interface ILazyFeeder
{
    /// <summary>The pool was closed: read the rest of the source without waiting for the consumer (as CPython does), so that Join returns.</summary>
    void Unthrottle();

    /// <summary>The pool was terminated: stop reading and fail the operation with <paramref name="error"/>.</summary>
    void Abort(Exception error);
}
