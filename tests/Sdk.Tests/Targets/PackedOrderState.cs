namespace Multiprocessing.Tests.Targets;

/// <summary>Where a <see cref="PackedOrder"/> is.</summary>
public enum PackedOrderState
{
    /// <summary>Taken, not shipped.</summary>
    Open,

    /// <summary>Shipped by a child.</summary>
    Shipped,
}
