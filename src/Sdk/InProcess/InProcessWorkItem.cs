using Multiprocessing.Marshalling;

namespace Multiprocessing.InProcess;

/// <summary>One task of an <see cref="InProcessPool"/>: marshalled arguments in, marshalled result out.</summary>
internal abstract class InProcessWorkItem
{
    /// <summary>Whether the task's result was already decided (cancelled, or its operation failed): it is skipped, never run.</summary>
    internal abstract bool IsAbandoned { get; }

    /// <summary>Runs the task on a worker thread; <paramref name="scratch"/> receives the marshalled result.</summary>
    internal abstract void Run(MarshalWriter scratch, string workerName);

    /// <summary>Fails the task without running it (the pool was terminated or broken).</summary>
    internal abstract void Fail(Exception error);
}
