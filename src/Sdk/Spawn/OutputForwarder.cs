using Multiprocessing.Diagnostics;

namespace Multiprocessing.Spawn;

/// <summary>Passes a child's redirected output lines, with its name and pid, to the callback that wants them.</summary>
internal sealed class OutputForwarder(string name, Action<ChildOutputLine> output)
{
    /// <summary>The child's pid, known once it is launched (or adopted).</summary>
    internal int Pid { get; set; }

    internal void Forward(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        try
        {
            output(new ChildOutputLine(name, Pid, isError, line));
        }
        catch (Exception ex)
        {
            MultiprocessingEventSource.Log.CallbackFailed("An output callback", ex.ToString());
        }
    }
}
