namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A shape with a radius (the member a slice would drop).</summary>
public record Circle(string Name, double Radius) : Shape(Name);
