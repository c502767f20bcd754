namespace Multiprocessing.Tests.Targets;

/// <summary>A struct with references: marshalled by generated code behind an object header.</summary>
public readonly record struct Labelled(string? Label, int Weight);
