using System.ComponentModel;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing;

/// <summary>
/// A child process that runs a <see cref="ProcessTargetAttribute"/> method, or the <see cref="Run"/> override of a
/// partial subclass (Python's <c>multiprocessing.Process</c>, spawn start method).
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Create(Action)"/> (typed overloads for up to eight parameters, sync or async
/// targets) or derive a <c>partial</c> class and override <see cref="Run"/>: the subclass's fields travel to the
/// child. <see cref="Start()"/> spawns a new process of the same application, which runs the target after its main
/// guard (<see cref="Multiprocess.MainGuard"/>) and exits with Python's exit codes.</para>
/// <para>Disposing a process that is still running kills it, so that no child outlives a <c>using</c> scope by
/// accident; <see cref="Close"/> keeps Python's rule and refuses to close a running process.</para>
/// </remarks>
public partial class ChildProcess : IDisposable
{
    private readonly Delegate? _target;
    private readonly Action<MarshalWriter>? _writeArguments;
    private readonly Action? _runLocally;
    private readonly object _gate = new();
    private readonly string _identity;
    private string _name;
    private bool _daemon;
    private byte[] _authkey;
    private ChildProcessState _state;
    private SpawnedChild? _child;

    /// <summary>Creates a process whose child runs this object's <see cref="Run"/> override (subclasses only).</summary>
    protected ChildProcess()
    {
        _identity = Multiprocess.NextChildIdentity();
        _name = "Process-" + _identity;
        _authkey = Multiprocess.Current.AuthKey;
    }

    /// <summary>
    /// Re-creates a subclass in the child from its marshalled fields. Generated code chains its own constructor to
    /// this one; not for use in user code.
    /// </summary>
    /// <param name="fields">The marshalled fields (read by the generated constructors).</param>
    /// <param name="marker">Distinguishes this constructor from user constructors.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ChildProcess(ref MarshalReader fields, ChildProcessRehydration marker)
    {
        _ = marker;
        _ = fields.Remaining;
        _isCurrent = true;
        _identity = Multiprocess.Identity;
        _name = Multiprocess.Current.Name;
        _authkey = Multiprocess.Current.AuthKey;
    }

    /// <summary>For the SDK's own kinds of child (pool workers): named like Python's, with no user target.</summary>
    private protected ChildProcess(string namePrefix)
    {
        _identity = Multiprocess.NextChildIdentity();
        _name = namePrefix + "-" + _identity;
        _authkey = Multiprocess.Current.AuthKey;
    }

    private protected ChildProcess(Delegate target, Action<MarshalWriter> writeArguments, Action runLocally)
        : this()
    {
        ArgumentNullException.ThrowIfNull(target);
        _ = TargetRegistry.Resolve(target); // fail at creation, not at Start, for a lambda or an unmarked method
        _target = target;
        _writeArguments = writeArguments;
        _runLocally = runLocally;
    }

    /// <summary>The process name, <c>Process-N</c> by default. Used in errors and in the child's <see cref="Multiprocess.Current"/>.</summary>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public string Name
    {
        get => _name;
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            _name = value;
        }
    }

    /// <summary>
    /// Whether the child is a daemon: daemon children are terminated when the parent exits, and cannot start
    /// children of their own. Settable only before <see cref="Start()"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process was already started.</exception>
    public bool Daemon
    {
        get => _daemon;
        set
        {
            lock (_gate)
            {
                if (_state != ChildProcessState.Initial)
                {
                    throw new InvalidOperationException(
                        $"Daemon cannot be changed after Start() (process '{_name}'): set Daemon = {(value ? "true" : "false")} before calling Start().");
                }

                _daemon = value;
            }
        }
    }

    /// <summary>The key the child authenticates with (Python's <c>authkey</c>); inherited from <see cref="Multiprocess.Current"/> by default.</summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    /// <exception cref="InvalidOperationException">The process was already started.</exception>
    public byte[] AuthKey
    {
        get => _authkey;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length == 0)
            {
                throw new ArgumentException("An authkey must not be empty.", nameof(value));
            }

            lock (_gate)
            {
                if (_state != ChildProcessState.Initial)
                {
                    throw new InvalidOperationException($"The authkey of process '{_name}' cannot change after Start().");
                }

                _authkey = (byte[])value.Clone();
            }
        }
    }

    /// <summary>Where the process is in its life.</summary>
    public ChildProcessState State
    {
        get
        {
            lock (_gate)
            {
                if (_state == ChildProcessState.Started && _child!.HasExited)
                {
                    _state = ChildProcessState.Exited;
                }

                return _state;
            }
        }
    }

    /// <summary>The child's process id, or null before <see cref="Start()"/>.</summary>
    public int? Pid => _child?.Pid;

    /// <summary>
    /// The child's exit code, or null while it runs (or before it starts): 0 when the target returned, 1 when it
    /// threw, the value given to <see cref="Environment.Exit"/>, or the negative signal number when a signal ended
    /// it (-15 after <see cref="Terminate()"/>, -9 after <see cref="Kill"/>), as in Python.
    /// </summary>
    public int? ExitCode => _child is { HasExited: true } child ? child.ExitCode : null;

    /// <summary>Whether the child was started and has not exited.</summary>
    public bool IsAlive => _child is { HasExited: false };

    /// <summary>A handle that is signaled when the child has exited (Python's <c>sentinel</c>), usable with <see cref="WaitHandle.WaitAny(WaitHandle[])"/>.</summary>
    /// <exception cref="InvalidOperationException">The process was not started.</exception>
    public WaitHandle Sentinel => (_child ?? throw NotStarted("read the Sentinel of")).Sentinel;

    /// <summary>The exception the target threw in the child, or null (also while running, or when it ended otherwise).</summary>
    public RemoteProcessException? Exception => _child?.Exception;

    /// <summary>
    /// Starts the child. Returns once the child is spawned; the target runs there after the child's main guard.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process was already started or closed.</exception>
    /// <exception cref="ProcessException">This process is a child still bootstrapping (code before the main guard), or a daemon, or a NativeAOT application whose main guard was never called.</exception>
    /// <exception cref="MarshalException">An argument or field cannot be marshalled.</exception>
    public void Start()
    {
        lock (_gate)
        {
            if (_state == ChildProcessState.Closed)
            {
                throw Closed();
            }

            if (_state != ChildProcessState.Initial)
            {
                throw new InvalidOperationException($"Process '{_name}' was already started: a process object can only be started once. Create a new one to run the target again.");
            }

            Multiprocess.EnsureCanStartChildren();
            _interruptHandling = Multiprocess.InterruptHandling;
            var descriptor = ResolveDescriptor();
            var payload = new MarshalWriter();
            WritePayload(payload);
            _child = SpawnedChild.Start(this, descriptor, payload.WrittenMemory, _name, _identity, _daemon, _authkey, Protocol, OutputSink, StartMethodInUse == StartMethod.WarmSpawn, SpareLease);
            _state = ChildProcessState.Started;
            Multiprocess.Track(this);
        }
    }

    /// <summary>
    /// Starts the child, and cancels the token its target's <see cref="CancellationToken"/> parameter receives when
    /// <paramref name="cancellationToken"/> is cancelled (see <see cref="Cancel"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the target's token in the child.</param>
    /// <exception cref="InvalidOperationException">The process was already started or closed.</exception>
    /// <exception cref="ProcessException">This process cannot start children now (see <see cref="Start()"/>).</exception>
    /// <exception cref="MarshalException">An argument or field cannot be marshalled.</exception>
    public void Start(CancellationToken cancellationToken)
    {
        Start();
        if (cancellationToken.CanBeCanceled)
        {
            StartToken = cancellationToken;
            var registration = cancellationToken.Register(static state => ((ChildProcess)state!).Cancel(), this);
            _ = _child!.WaitAsync(CancellationToken.None).ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Cancels the token the target's <see cref="CancellationToken"/> parameter received in the child (sent on the
    /// child's control connection; its watchdog thread cancels it at once). A target that honours it ends with
    /// <see cref="OperationCanceledException"/>, which <see cref="ChildProcess{TResult}.Result"/> rethrows as such. A
    /// target without such a parameter, or that ignores it, runs on: see <see cref="Terminate(TimeSpan)"/>.
    /// </summary>
    /// <remarks>Does nothing when the child has already exited; a child still starting is cancelled once it runs its target.</remarks>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public void Cancel() => StartedChild("cancel").SendCancel([]);

    /// <summary>
    /// Cancels the target's token (<see cref="Cancel"/>), waits up to <paramref name="gracePeriod"/> for the child to
    /// exit, then sends SIGTERM (<see cref="Terminate()"/>) if it still runs.
    /// </summary>
    /// <param name="gracePeriod">How long the target may take to honour its token.</param>
    /// <returns>True when the child exited within the grace period; false when it had to be terminated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gracePeriod"/> is negative (other than <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public bool Terminate(TimeSpan gracePeriod)
    {
        if (gracePeriod < TimeSpan.Zero && gracePeriod != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(gracePeriod), gracePeriod, "Give a non-negative grace period: the time the target gets to honour its cancelled token before SIGTERM.");
        }

        var child = StartedChild("terminate");
        child.SendCancel([]);
        if (child.Wait(gracePeriod))
        {
            return true;
        }

        child.Signal(NativeMethods.SIGTERM);
        return false;
    }

    /// <summary>
    /// Whether a SIGINT this process receives cancels this child's target (a plain child started under
    /// <see cref="InterruptHandling.CancelChildren"/>); pool workers and manager servers leave it to their owner.
    /// </summary>
    internal virtual bool CancelsOnInterrupt => _interruptHandling == InterruptHandling.CancelChildren;

    private InterruptHandling _interruptHandling;

    /// <summary>The token given to <see cref="Start(CancellationToken)"/>, or none.</summary>
    internal CancellationToken StartToken { get; private set; }

    /// <summary>Waits until the child exits (Python's <c>join()</c>).</summary>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public void Join() => Join(Timeout.InfiniteTimeSpan);

    /// <summary>Waits until the child exits or <paramref name="timeout"/> passes (Python's <c>join(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>True when the child has exited; false when the timeout passed first.</returns>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public bool Join(TimeSpan timeout)
    {
        var child = StartedChild("join");
        return child.Wait(timeout);
    }

    /// <summary>Waits until the child exits or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops the wait (not the child).</param>
    /// <exception cref="OperationCanceledException">The token was cancelled before the child exited.</exception>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public void Join(CancellationToken cancellationToken) => StartedChild("join").WaitAsync(cancellationToken).GetAwaiter().GetResult();

    /// <summary>Waits until the child exits or <paramref name="millisecondsTimeout"/> passes.</summary>
    /// <param name="millisecondsTimeout">How long to wait in milliseconds; -1 waits forever.</param>
    /// <returns>True when the child has exited.</returns>
    public bool Join(int millisecondsTimeout) => Join(TimeSpan.FromMilliseconds(millisecondsTimeout));

    /// <summary>Waits asynchronously until the child exits.</summary>
    /// <param name="cancellationToken">Stops the wait (not the child).</param>
    /// <returns>A task that completes when the child has exited.</returns>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public Task JoinAsync(CancellationToken cancellationToken = default) =>
        StartedChild("join").WaitAsync(cancellationToken);

    /// <summary>Asks the child to stop with SIGTERM (Python's <c>terminate()</c>); its exit code becomes -15.</summary>
    /// <remarks>Does nothing when the child has already exited.</remarks>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public void Terminate() => StartedChild("terminate").Signal(NativeMethods.SIGTERM);

    /// <summary>Kills the child with SIGKILL (Python's <c>kill()</c>); its exit code becomes -9.</summary>
    /// <remarks>Does nothing when the child has already exited.</remarks>
    /// <exception cref="InvalidOperationException">The process was not started, or is closed.</exception>
    public void Kill() => StartedChild("kill").Signal(NativeMethods.SIGKILL);

    /// <summary>
    /// Releases the process object (Python's <c>close()</c>). Most members then throw.
    /// </summary>
    /// <exception cref="InvalidOperationException">The child is still running: join or terminate it first.</exception>
    public void Close()
    {
        lock (_gate)
        {
            if (_state == ChildProcessState.Closed)
            {
                return;
            }

            if (_child is { HasExited: false })
            {
                throw new InvalidOperationException($"Cannot close process '{_name}' (pid {_child.Pid}) while it is still running: call Join() or Terminate() first.");
            }

            _child?.Dispose();
            _state = ChildProcessState.Closed;
        }

        Multiprocess.Untrack(this);
    }

    /// <summary>How long <see cref="Dispose"/> lets a child that has reported its outcome finish exiting before it kills it.</summary>
    private static readonly TimeSpan ExitingGrace = TimeSpan.FromSeconds(5);

    /// <summary>Kills the child if it is still running, waits for it, and releases the process object.</summary>
    /// <remarks>
    /// A child that has already reported its outcome (a cancelled child after <see cref="ChildProcess{TResult}.GetResultAsync"/>
    /// threw) is exiting: it gets up to 5 seconds to end by itself, so that its exit code stays its own.
    /// </remarks>
    public void Dispose()
    {
        SpawnedChild? child;
        lock (_gate)
        {
            child = _child;
            if (_state == ChildProcessState.Closed)
            {
                return;
            }
        }

        if (child is { HasExited: false } && !(child.HasReported && child.Wait(ExitingGrace)))
        {
            child.Signal(NativeMethods.SIGKILL);
            child.Wait(Timeout.InfiniteTimeSpan);
        }

        Close();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The code the child runs. By default it calls the target with the arguments, in the current process (as
    /// Python's <c>run()</c>); subclasses override it. Call <see cref="Start()"/> to run it in a child process.
    /// </summary>
    /// <exception cref="InvalidOperationException">A subclass did not override it.</exception>
    public virtual void Run()
    {
        if (_runLocally is null)
        {
            throw new InvalidOperationException($"{GetType().Name} must override Run() (it has no target).");
        }

        _runLocally();
    }

    /// <summary>
    /// Writes the fields of a subclass for the child. The source generator overrides this in every partial
    /// subclass; not for use in user code.
    /// </summary>
    /// <param name="writer">The destination.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void WriteFields(MarshalWriter writer)
    {
    }

    internal SpawnedChild? Child => _child;

    /// <summary>Where the child's output lines go when they do not go to this process's console (null: inherited console).</summary>
    private protected virtual Action<ChildOutputLine>? OutputSink => null;

    /// <summary>How this child is started: <see cref="Multiprocess.StartMethod"/>, unless a pool chose for its workers.</summary>
    private protected virtual StartMethod StartMethodInUse => Multiprocess.StartMethod;

    /// <summary>The pool whose warm start this child's start serves, or null (<see cref="Multiprocess.StartMethod"/>'s).</summary>
    private protected virtual SpareLease? SpareLease => null;

    /// <summary>What the parent does with the control connection once the child is welcomed (null: read its reports).</summary>
    private protected virtual Func<ControlConnection, Task>? Protocol => null;

    private protected virtual void WritePayload(MarshalWriter payload)
    {
        if (_writeArguments is not null)
        {
            _writeArguments(payload);
        }
        else
        {
            WriteFields(payload);
        }
    }

    internal void SetChildIdentity(string name, bool daemon, byte[] authkey)
    {
        _name = name;
        _daemon = daemon;
        _authkey = authkey;
    }

    private protected virtual TargetDescriptor ResolveDescriptor()
    {
        if (_target is not null)
        {
            return TargetRegistry.Resolve(_target);
        }

        // No target: this is a subclass that overrides Run().
        var type = GetType();
        return TargetRegistry.FindProcessClass(type)
            ?? throw new InvalidOperationException(
                $"{type.FullName} cannot be started: declare it 'partial' so that the Multiprocessing source generator " +
                "emits the code that carries its fields to the child (and check that the generator runs for its project).");
    }

    private protected SpawnedChild StartedChild(string action)
    {
        lock (_gate)
        {
            if (_state == ChildProcessState.Closed)
            {
                throw Closed();
            }

            return _child ?? throw NotStarted(action);
        }
    }

    private InvalidOperationException NotStarted(string action) =>
        new($"Cannot {action} process '{_name}': it was not started. Call Start() first.");

    private InvalidOperationException Closed() =>
        new($"Process '{_name}' is closed: a closed process object cannot be used any more.");
}
