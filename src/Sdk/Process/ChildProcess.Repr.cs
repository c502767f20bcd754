namespace Multiprocessing;

public partial class ChildProcess
{
    /// <summary>True for the object that stands for this process itself, re-created in the child.</summary>
    private readonly bool _isCurrent;

    /// <summary>Describes the process as CPython's <c>repr(process)</c> does.</summary>
    /// <returns>
    /// For example <c>&lt;Process name='Process-1' pid=1234 parent=1200 started&gt;</c>, then
    /// <c>stopped exitcode=0</c> (or <c>exitcode=-SIGKILL</c> for a child killed by a signal), <c>initial</c> before
    /// <see cref="Start()"/>, <c>closed</c> after <see cref="Close"/>, and <c>daemon</c> last for a daemon. A subclass
    /// shows its own class name; <see cref="ChildProcess"/> and <see cref="ChildProcess{TResult}"/> show <c>Process</c>.
    /// </returns>
    public override string ToString()
    {
        var type = GetType();
        string kind = type == typeof(ChildProcess) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ChildProcess<>))
            ? "Process"
            : type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;
        var info = new List<string> { kind, $"name='{_name}'" };
        if (_isCurrent)
        {
            info.Add($"pid={Environment.ProcessId}");
            info.Add($"parent={(Multiprocess.Parent is { } parent ? parent.Pid : "None")}");
            info.Add("started");
        }
        else
        {
            var state = State;
            if (Pid is int pid && state != ChildProcessState.Closed)
            {
                info.Add($"pid={pid}");
            }

            info.Add($"parent={Environment.ProcessId}");

            info.Add(state switch
            {
                ChildProcessState.Initial => "initial",
                ChildProcessState.Started => "started",
                ChildProcessState.Exited => $"stopped exitcode={ExitCodeName(ExitCode)}",
                _ => "closed",
            });
        }

        if (_daemon)
        {
            info.Add("daemon");
        }

        return "<" + string.Join(' ', info) + ">";
    }

    /// <summary>CPython's <c>_exitcode_to_name</c>: a child ended by signal N shows as <c>-SIGNAME</c>.</summary>
    private static string ExitCodeName(int? code) => code switch
    {
        null => "None",
        -1 => "-SIGHUP",
        -2 => "-SIGINT",
        -6 => "-SIGABRT",
        -9 => "-SIGKILL",
        -11 => "-SIGSEGV",
        -13 => "-SIGPIPE",
        -15 => "-SIGTERM",
        int other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
