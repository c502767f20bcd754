namespace Multiprocessing.Orleans;

/// <summary>
/// One cluster task on the wire: the target's id and assembly, and the SDK's own marshalled bytes (a target's arguments
/// or a map chunk), exactly what a local pool sends its worker. Orleans carries the bytes; it never sees a user type.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class ClusterTaskRequest
{
    /// <summary>The target's stable id (<c>Namespace.Type.Method(int)</c>).</summary>
    [Id(0)]
    public required string TargetId { get; init; }

    /// <summary>The full name of the assembly that declares the target (the silo initializes it when it is one of its app's own).</summary>
    [Id(1)]
    public string? AssemblyName { get; init; }

    /// <summary>Whether <see cref="Payload"/> is a map chunk (true) or one call's arguments (false).</summary>
    [Id(2)]
    public bool Batch { get; init; }

    /// <summary>The marshalled arguments or chunk.</summary>
    [Id(3)]
    public required byte[] Payload { get; init; }

    /// <summary>HMAC-SHA256 of the request under the cluster's shared secret (empty when none is set).</summary>
    [Id(4)]
    public byte[] Proof { get; init; } = [];
}
