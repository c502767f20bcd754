namespace Multiprocessing.Pool;

/// <summary>What the map code every pool shares (<see cref="ChunkedMap"/>) asks of any pool, in-process ones included.</summary>
internal interface IMapPool
{
    /// <summary>The workers a map's default chunk size is cut for (CPython's: ceil(n / (4 x workers))).</summary>
    int MapWorkers { get; }
}
