namespace Multiprocessing.Ipc;

/// <summary>
/// The async side of a blocking wait on shared memory: a futex wait cannot be awaited, so it runs on a dedicated
/// thread (never a pool thread) in short slices, and cancellation is seen between two slices.
/// </summary>
internal static class SlicedWait
{
    /// <summary>How long one blocking attempt waits before the token is checked again.</summary>
    internal static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(50);

    /// <summary>Repeats <paramref name="attempt"/> (which waits at most <see cref="Slice"/>) until it succeeds.</summary>
    internal static Task<T> RunAsync<T>(Func<(bool Done, T Value)> attempt, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () =>
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (done, value) = attempt();
                    if (done)
                    {
                        return value;
                    }
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);
}
