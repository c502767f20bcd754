namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A circle with a hole: derives from a derived shape, and holds another shape.</summary>
public sealed record Ring(string Name, double Radius, double Inner, Shape? Core) : Circle(Name, Radius);
