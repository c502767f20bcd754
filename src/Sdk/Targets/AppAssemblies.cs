using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Multiprocessing.Targets;

/// <summary>
/// The assemblies whose generated registrations a receiving process may run when a target or type id it was sent is
/// not registered yet: only the application's own. An assembly name read from a frame selects among them; it never
/// makes the process load anything else.
/// </summary>
/// <remarks>
/// <para>A library's registrations run from its module initializer, which runs only once something in the library is
/// touched, so a fresh child may lack a target its parent has. The name in the frame says which assembly to
/// initialize. It is honoured only when that assembly is already loaded (the child host's target assembly, which the
/// parent's launch named, is loaded before any target is resolved) or is one of the application's own dependencies: listed
/// in the trusted platform assemblies the host built from the app's <c>.deps.json</c>, outside the shared framework.
/// Framework assemblies cannot declare targets (they do not reference Multiprocessing), so they are never loaded for
/// a frame.</para>
/// </remarks>
internal static class AppAssemblies
{
    private static readonly Lazy<Dictionary<string, string>> s_own = new(FindOwn);

    /// <summary>
    /// Runs the module initializer of the application's assembly named by <paramref name="assemblyName"/> (a full or
    /// simple name from a frame), loading it first if it is one of the app's own dependencies.
    /// </summary>
    /// <param name="assemblyName">The name the frame gave.</param>
    /// <param name="refusal">Why nothing was loaded, when the method returns false.</param>
    /// <returns>Whether the assembly is the app's and its registrations ran.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only an assembly of the app's own deps is loaded; its registration code is rooted by its module initializer.")]
    internal static bool TryInitialize(string assemblyName, [NotNullWhen(false)] out string? refusal)
    {
        string? simple;
        try
        {
            simple = new AssemblyName(assemblyName).Name;
        }
        catch (Exception ex) when (ex is ArgumentException or FileLoadException)
        {
            simple = null;
        }

        if (simple is not { Length: > 0 })
        {
            refusal = $"'{assemblyName}' is not a valid assembly name";
            return false;
        }

        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (string.Equals(loaded.GetName().Name, simple, StringComparison.OrdinalIgnoreCase))
            {
                RuntimeHelpers.RunModuleConstructor(loaded.ManifestModule.ModuleHandle);
                refusal = null;
                return true;
            }
        }

        if (!s_own.Value.ContainsKey(simple))
        {
            refusal = $"'{simple}' is not one of the application's own assemblies (already loaded, or in its .deps.json " +
                "outside the shared framework), so it was not loaded";
            return false;
        }

        try
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(simple));
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new ProcessException($"This process cannot load '{simple}', one of the application's own assemblies: {ex.Message}", ex);
        }

        refusal = null;
        return true;
    }

    /// <summary>Simple name to path of every trusted platform assembly outside the shared framework directories.</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location (single-file app) leaves no framework directory to exclude; the list is then the app's own bundle.")]
    private static Dictionary<string, string> FindOwn()
    {
        var own = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list)
        {
            return own;
        }

        // <dotnet>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> <dotnet>/shared/
        string? shared = typeof(object).Assembly.Location is { Length: > 0 } coreLib
            ? Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(coreLib)))
            : null;
        string? sharedPrefix = shared is null ? null : Path.TrimEndingDirectorySeparator(shared) + Path.DirectorySeparatorChar;
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sharedPrefix is null || !path.StartsWith(sharedPrefix, StringComparison.Ordinal))
            {
                own.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }

        return own;
    }
}
