namespace Multiprocessing.Tests.Targets;

/// <summary>An unmanaged struct: map chunks of it travel as raw bytes.</summary>
public readonly record struct GridPoint(int X, int Y);
