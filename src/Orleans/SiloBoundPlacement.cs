namespace Multiprocessing.Orleans;

/// <summary>
/// Places a grain whose string key is a silo's address (<see cref="SiloAddress.ToParsableString"/>) on that silo, and
/// nowhere else: a key naming a silo that is not active fails the call (the client then sends the task elsewhere).
/// </summary>
[GenerateSerializer]
[Immutable]
[SuppressReferenceTracking]
public sealed class SiloBoundPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static SiloBoundPlacement Instance { get; } = new();
}
