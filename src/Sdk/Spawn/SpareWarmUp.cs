using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing.Spawn;

/// <summary>
/// What a spare of the warm start does while nobody waits for it, before it says Ready: compile the code a start runs
/// after the Start frame (reading it, resolving the target, a pool worker's loop, reporting the result), and load,
/// without running anything of it, the target's assembly under the child host. Nothing here has a side effect that a
/// start could see: no module initializer runs, no identity is taken, nothing is sent.
/// </summary>
internal static class SpareWarmUp
{
    internal static void Run(ChildStartInfo info)
    {
        if (info.TargetAssembly is { } assembly)
        {
            Preload(assembly);
        }

        ChildBootstrap.PrepareWatchdog();

        // A pool worker (and any child that owns or locks shared memory) takes a liveness token, drawn from the
        // platform's random-number generator: load it now (OpenSSL's start-up costs a few milliseconds). Only the
        // generator: no token, hence no liveness file, is taken before a start needs one.
        _ = System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, int.MaxValue);

        // Read a Start frame like the real one, which also compiles the marshalling it uses.
        var sample = StartMessage.Write("warm-up", null, "warm-up", daemon: false, "0", "warm-up", new byte[32], new byte[16]);
        _ = StartMessage.Read(sample.ToArray());

        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return; // ahead-of-time compiled: nothing to JIT
        }

        Prepare(typeof(ChildBootstrap));
        Prepare(typeof(StartMessage));
        Prepare(typeof(ControlConnection));
        Prepare(typeof(NativeSocketTransport));
        Prepare(typeof(Interop.UnixSocket));
        Prepare(typeof(Multiprocess));
        Prepare(typeof(ProcessInfo));
        Prepare(typeof(ChildHostLoader));
        Prepare(typeof(TargetResolver));
        Prepare(typeof(TargetRegistry));
        Prepare(typeof(MarshalWriter));
        Prepare(typeof(MarshalReader));
        Prepare(typeof(PoolWorkerLoop));
        Prepare(typeof(PoolChannel));
        Prepare(typeof(SharedRing));
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Only the child-host path loads an assembly by path, and it is never taken by a trimmed app: a trimmed app re-launches itself through its main guard.")]
    private static void Preload(string assemblyPath)
    {
        try
        {
            _ = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or ArgumentException)
        {
            // The start loads it again and reports the error then.
        }
    }

    private static void Prepare([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all))
        {
            Prepare(method);
        }

        foreach (var constructor in type.GetConstructors(all))
        {
            Prepare(constructor);
        }
    }

    private static void Prepare(MethodBase method)
    {
        if (method.IsAbstract || method.ContainsGenericParameters || method.DeclaringType is { ContainsGenericParameters: true })
        {
            return;
        }

        try
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or InvalidOperationException or TypeLoadException or MissingMethodException or BadImageFormatException)
        {
            // Some methods (e.g. P/Invoke stubs) cannot be prepared ahead; they compile on first call as usual.
        }
    }
}
