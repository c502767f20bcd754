namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A generic shape: not among the closed set of cases (a generic class has no one construction to tag), so passing one is a MarshalException, not a slice.</summary>
/// <typeparam name="T">The tag's type.</typeparam>
public sealed record Tagged<T>(string Name, T Tag) : Shape(Name);
