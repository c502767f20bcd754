using Orleans.Placement;

namespace Multiprocessing.Orleans;

/// <summary>Marks a grain class whose key names the silo it must run on (<see cref="SiloBoundPlacement"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloBoundPlacementAttribute : PlacementAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SiloBoundPlacementAttribute()
        : base(SiloBoundPlacement.Instance)
    {
    }
}
