namespace Multiprocessing.Spawn;

/// <summary>
/// The one place where the library writes to this process's standard output or error: only what is the process's own
/// output, never a library diagnostic (those go to <see cref="Diagnostics.MultiprocessingEventSource"/>). Three things
/// are the process's own output, as in CPython: a plain child's <c>Process &lt;name&gt;:</c> line and the exception its
/// target raised (CPython's traceback on the child's <c>sys.stderr</c>), the last words of a child that could not
/// bootstrap (it has run no user code yet, so no listener can hear an event; its exit code alone would not say why), and
/// a spare child's output that the parent passes through when no output callback takes it (a child's inherited output).
/// </summary>
/// <remarks>
/// It writes to <see cref="Console.Error"/> and <see cref="Console.Out"/> as they are at the time of writing, so that an
/// application that redirects them (<see cref="Console.SetError"/>) redirects this output too, as reassigning
/// <c>sys.stderr</c> does in CPython.
/// </remarks>
internal static class ProcessOutput
{
    /// <summary>Writes lines to this process's standard error, all of them at once (two processes that share a
    /// terminal do not interleave within them).</summary>
    /// <param name="lines">The lines.</param>
    internal static void Error(params string[] lines) => WriteLines(Console.Error, lines);

    /// <summary>Passes a line a child wrote through to this process's standard output or error.</summary>
    /// <param name="line">The line.</param>
    /// <param name="isError">Whether the child wrote it to its standard error.</param>
    internal static void PassThrough(string line, bool isError) => (isError ? Console.Error : Console.Out).WriteLine(line);

    private static void WriteLines(TextWriter writer, string[] lines) =>
        writer.Write(string.Join(Environment.NewLine, lines) + Environment.NewLine);
}
