namespace Multiprocessing.Analyzers;

/// <summary>
/// What the MP0001 analyzer learns about one compilation, from any thread: whether it uses processes, and the
/// diagnostic of its entry point, reported at the end only if it does.
/// </summary>
internal sealed class MainGuardAnalysisState
{
    private int _used;
    private Diagnostic? _pending;

    /// <summary>Whether the compilation was seen to start processes or declare targets.</summary>
    public bool IsSet => Volatile.Read(ref _used) != 0;

    /// <summary>The entry point's diagnostic, if it lacks the guard; reported only when <see cref="IsSet"/>.</summary>
    public Diagnostic? Pending
    {
        get => Volatile.Read(ref _pending);
        set => Volatile.Write(ref _pending, value);
    }

    /// <summary>Records that the compilation uses processes.</summary>
    public void Set() => Interlocked.Exchange(ref _used, 1);
}
