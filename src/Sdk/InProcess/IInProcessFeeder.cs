namespace Multiprocessing.InProcess;

/// <summary>An imap of an <see cref="InProcessPool"/> still reading its source, as the pool sees it.</summary>
internal interface IInProcessFeeder
{
    /// <summary>The pool closed: read the rest of the source without waiting for the consumer (as CPython's task handler does), so that Join ends.</summary>
    void Unthrottle();

    /// <summary>The pool was terminated: stop reading the source.</summary>
    void Abort();
}
