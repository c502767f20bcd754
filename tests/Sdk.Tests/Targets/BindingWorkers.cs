namespace Multiprocessing.Tests.Targets;

/// <summary>
/// Targets whose method group fits both a plain shape and a shape that takes a <see cref="CancellationToken"/>: a pool
/// call must bind to the plain one (OverloadResolutionPriority, which only ranks members of one declaring type).
/// </summary>
public static class BindingWorkers
{
    [ProcessTarget]
    public static int Pick(int x) => x * 2;

    [ProcessTarget]
    public static int Pick(int x, CancellationToken token) => -x;
}
