namespace Multiprocessing.Tests.Infrastructure;

/// <summary>Every test class that starts child processes belongs to this collection; its fixture checks for leaks at the end.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection : ICollectionFixture<LeakCheckFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Processes";
}
