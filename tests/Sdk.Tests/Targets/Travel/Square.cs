namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A shape with a side.</summary>
public sealed record Square(string Name, double Side) : Shape(Name);
