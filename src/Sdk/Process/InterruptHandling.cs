namespace Multiprocessing;

/// <summary>What a Ctrl+C in a terminal (SIGINT, sent to the whole process group) does to plain child processes.</summary>
public enum InterruptHandling
{
    /// <summary>
    /// The default: the parent decides, as for pool workers. Children ignore SIGINT; on SIGINT the parent cancels the
    /// token of every running child's target (<see cref="ChildProcess.Cancel"/>), and its exit handler joins the
    /// children, terminating one still running 5 s after the SIGINT (a target without a token, or that ignores it).
    /// The application chooses whether SIGINT ends it (e.g. <see cref="Console.CancelKeyPress"/>).
    /// </summary>
    CancelChildren = 0,

    /// <summary>CPython's behaviour: children receive the terminal's SIGINT and die of it (exit code -2).</summary>
    Signal = 1,
}
