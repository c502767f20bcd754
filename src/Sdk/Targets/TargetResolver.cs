using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Multiprocessing.Targets;

/// <summary>
/// Finds a target in a child by id. A target declared in a library is registered by that library's module
/// initializer, which runs only once something in the library is touched; a freshly spawned child may not have
/// touched it yet, so on a miss the resolver loads the assembly by name (through the app's own dependencies) and
/// runs its module initializer.
/// </summary>
internal static class TargetResolver
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The assembly is one the app already references and the parent already used; its registration code is rooted by its module initializer.")]
    internal static TargetDescriptor Resolve(string id, string? assemblyName)
    {
        if (TargetRegistry.TryGet(id, out var descriptor))
        {
            return descriptor;
        }

        if (assemblyName is { Length: > 0 })
        {
            try
            {
                var assembly = Assembly.Load(new AssemblyName(assemblyName));
                RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                throw new ProcessException($"The child cannot load '{assemblyName}', which declares the target '{id}': {ex.Message}", ex);
            }

            if (TargetRegistry.TryGet(id, out descriptor))
            {
                return descriptor;
            }
        }

        throw new ProcessException(
            $"The child has no target '{id}'. Parent and child must run the same build of the program, and the " +
            "project that declares the target must reference the Multiprocessing source generator.");
    }
}
