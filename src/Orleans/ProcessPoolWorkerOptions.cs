namespace Multiprocessing.Orleans;

/// <summary>How a silo serves cluster work (<see cref="SiloBuilderExtensions.AddProcessPoolWorker"/>).</summary>
public sealed class ProcessPoolWorkerOptions
{
    /// <summary>
    /// The cluster's shared secret (the authkey of remote managers): when set, the silo runs only requests whose
    /// HMAC-SHA256 proof was made with the same secret (<see cref="ClusterPoolOptions.SharedSecret"/>), so an open port
    /// does not run anyone's work. Null or empty: every request is run (a trusted network, or TLS client certificates).
    /// </summary>
    public byte[]? SharedSecret { get; set; }

    /// <summary>
    /// How long a silo that stops gracefully waits for the cluster tasks it holds to finish and be answered before it
    /// leaves the cluster (the host's shutdown timeout bounds it too). Default: 30 s.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
