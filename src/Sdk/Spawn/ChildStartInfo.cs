namespace Multiprocessing.Spawn;

/// <summary>What a spawned child learns from its environment: where its parent listens and how to prove who it is.</summary>
internal sealed record ChildStartInfo(string Endpoint, byte[] Token, byte[] Authkey, string? TargetAssembly);
