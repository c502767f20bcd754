namespace Multiprocessing.Targets;

/// <summary>
/// Finds a target in a receiving process (a child, a pool worker) by the id a frame carries. A target declared in a
/// library is registered by that library's module initializer, which runs only once something in the library is
/// touched; on a miss the resolver runs the initializer of the assembly the frame names, but only when it is one of
/// the application's own (<see cref="AppAssemblies"/>): a name on the wire never makes the process load anything else.
/// </summary>
internal static class TargetResolver
{
    internal static TargetDescriptor Resolve(string id, string? assemblyName)
    {
        if (TargetRegistry.TryGet(id, out var descriptor))
        {
            return descriptor;
        }

        string why = "";
        if (assemblyName is { Length: > 0 })
        {
            if (AppAssemblies.TryInitialize(assemblyName, out string? refusal))
            {
                if (TargetRegistry.TryGet(id, out descriptor))
                {
                    return descriptor;
                }
            }
            else
            {
                why = $" ({refusal})";
            }
        }

        throw new ProcessException(
            $"This process (pid {Environment.ProcessId}) has no target '{id}'{why}. Parent and child must run the same build of " +
            "the program, and the project that declares the target must reference the Multiprocessing source generator.");
    }
}
