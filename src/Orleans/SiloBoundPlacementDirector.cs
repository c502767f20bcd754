using Orleans.Runtime.Placement;

namespace Multiprocessing.Orleans;

/// <summary>Puts a <see cref="SiloBoundPlacement"/> grain on the silo its key names.</summary>
internal sealed class SiloBoundPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        string key = target.GrainIdentity.Key.ToString()!;
        foreach (var silo in context.GetCompatibleSilos(target))
        {
            if (silo.ToParsableString() == key)
            {
                return Task.FromResult(silo);
            }
        }

        throw new SiloUnavailableException($"The pool worker of silo {key} cannot be placed: that silo is not active in the cluster.");
    }
}
