namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>The base of a closed set of shapes: a value of a derived record keeps its real type across processes.</summary>
public record Shape(string Name);
