using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Multiprocessing.Spawn;

/// <summary>
/// Loads the assembly that holds a target when the child runs under the SDK's child host (the parent's entry
/// assembly was not the user's app), and runs its module initializer so its generated registrations exist.
/// </summary>
internal static class ChildHostLoader
{
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Only the child-host path loads an assembly by path, and it is never taken by a trimmed app: a trimmed app re-launches itself through its main guard.")]
    internal static void Load(string assemblyPath)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
    }

    /// <summary>The child host's entry: called once, by the child host program, through reflection.</summary>
    /// <returns>Never returns normally: the bootstrap exits the process.</returns>
    internal static int RunChildHost()
    {
        Multiprocess.MainGuard();
        throw new ProcessException("The Multiprocessing child host was started without a spawn environment; it is started only by the SDK.");
    }

}
