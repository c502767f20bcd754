namespace Multiprocessing.Spawn;

/// <summary>
/// What a spawned child learns from its environment: where its parent listens, how to prove who it is, and (under
/// the child host) the path of the assembly that declares its target.
/// </summary>
internal sealed record ChildStartInfo(string Endpoint, SpawnToken Token, string? TargetAssembly);
