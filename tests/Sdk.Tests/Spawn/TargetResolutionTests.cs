using Multiprocessing.Targets;

namespace Multiprocessing.Tests.Spawn;

/// <summary>A target id that the receiver does not know never makes it load an assembly named on the wire.</summary>
public sealed class TargetResolutionTests
{
    /// <summary>Framework assemblies that nothing in the test process needs: one of them is still unloaded.</summary>
    private static readonly string[] Candidates =
    [
        "System.Xml.XPath.XDocument", "System.Runtime.Serialization.Xml", "System.Data.DataSetExtensions",
        "Microsoft.VisualBasic.Core", "System.Security.Cryptography.Xml", "System.Transactions.Local",
    ];

    [Fact]
    public void An_unknown_target_fails_clearly_without_loading_the_assembly_its_frame_names()
    {
        string? name = Candidates.FirstOrDefault(candidate => !Loaded().Contains(candidate));
        Assert.True(name is not null, "every candidate assembly is already loaded; add another to the list");
        string fullName = $"{name}, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a";
        var raised = new List<string>();
        AssemblyLoadEventHandler onLoad = (_, e) => { lock (raised) { raised.Add(e.LoadedAssembly.GetName().Name ?? ""); } };
        var before = Loaded();
        AppDomain.CurrentDomain.AssemblyLoad += onLoad;
        ProcessException error;
        try
        {
            error = Assert.Throws<ProcessException>(() => TargetResolver.Resolve("Nowhere.Attack.Target(int)", fullName));
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyLoad -= onLoad;
        }

        Assert.DoesNotContain(name, raised);
        Assert.DoesNotContain(name, Loaded().Except(before));
        Assert.Contains("Nowhere.Attack.Target(int)", error.Message);
    }

    [Fact]
    public void An_unknown_managed_type_fails_clearly_without_loading_the_assembly_its_frame_names()
    {
        string? name = Candidates.LastOrDefault(candidate => !Loaded().Contains(candidate));
        Assert.True(name is not null, "every candidate assembly is already loaded; add another to the list");
        var before = Loaded();
        var error = Assert.Throws<ProcessException>(() =>
            Multiprocessing.Managers.ManagedTypeRegistry.Resolve("Nowhere.Attack.Type", $"{name}, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"));
        Assert.DoesNotContain(name, Loaded().Except(before));
        Assert.Contains("Nowhere.Attack.Type", error.Message);
    }

    [Fact]
    public void A_known_target_still_resolves()
    {
        Assert.True(TargetRegistry.TryGet((Func<string, string>)SpawnProbes.AuthkeyWhenReleased, out var registered));
        var target = TargetResolver.Resolve(registered.Id, typeof(SpawnProbes).Assembly.FullName);
        Assert.Same(registered, target);
    }

    private static HashSet<string> Loaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
}
