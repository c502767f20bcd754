namespace Multiprocessing.Tests.Targets;

/// <summary>Targets passed as a variant delegate type (a method group converted to a delegate other than its own signature).</summary>
public static class VariantTargets
{
    [ProcessTarget]
    public static string Label(int x) => "#" + x;
}
