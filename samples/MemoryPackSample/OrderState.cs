/// <summary>Where an <see cref="Order"/> is.</summary>
internal enum OrderState
{
    /// <summary>Taken.</summary>
    Open,

    /// <summary>Shipped by a worker.</summary>
    Shipped,
}
