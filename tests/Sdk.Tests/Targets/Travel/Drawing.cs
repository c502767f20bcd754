namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A record whose members are polymorphic: each keeps its real type.</summary>
public sealed record Drawing(string Title, List<Shape> Shapes, Shape Main);
