namespace Multiprocessing.Tests.Infrastructure;

/// <summary>Bounded waits on tasks for async tests, which must await rather than block (xUnit1031).</summary>
internal static class TaskWait
{
    /// <summary>
    /// Whether <paramref name="task"/> completes (in any state) within <paramref name="timeout"/>; as
    /// <c>task.Wait(timeout)</c>, but awaited, and without throwing the task's exception (await the task for that).
    /// </summary>
    internal static async Task<bool> CompletesWithinAsync(this Task task, TimeSpan timeout) =>
        task == await Task.WhenAny(task, Task.Delay(timeout)).ConfigureAwait(false);
}
