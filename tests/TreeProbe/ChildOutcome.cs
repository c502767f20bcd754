namespace Multiprocessing.TreeProbe;

/// <summary>How a probe's child ended after the interrupt, as the probes print it.</summary>
internal static class ChildOutcome
{
    /// <summary>
    /// Joins <paramref name="child"/> (killing it when it is still running after 60 s) and says how it ended:
    /// <c>returned</c>, <c>cancelled</c>, <c>still running</c>, or the error's message.
    /// </summary>
    /// <typeparam name="T">The child's result type.</typeparam>
    /// <param name="child">The child.</param>
    /// <param name="result">Its result when it returned; default otherwise.</param>
    /// <returns>The outcome.</returns>
    internal static string Of<T>(ChildProcess<T> child, out T? result)
    {
        result = default;
        if (!child.Join(TimeSpan.FromSeconds(60)))
        {
            child.Kill();
            child.Join();
            return "still running";
        }

        try
        {
            result = child.Result;
            return "returned";
        }
        catch (OperationCanceledException)
        {
            return "cancelled";
        }
        catch (ProcessException ex)
        {
            return ex.Message;
        }
    }
}
