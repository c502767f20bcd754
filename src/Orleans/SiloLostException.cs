namespace Multiprocessing.Orleans;

/// <summary>
/// The silo that held a cluster task left the cluster (it died, was stopped, or cannot be reached) before it answered:
/// the task may or may not have run there. Only targets marked idempotent (<see cref="ClusterPoolOptions.MarkIdempotent"/>)
/// are sent again to another silo; for any other, this exception says which silo was lost.
/// </summary>
public sealed class SiloLostException : ProcessException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="silo">The silo's address.</param>
    /// <param name="targetId">The target of the task it held.</param>
    /// <param name="innerException">What the client saw (a broken connection, a timeout), if anything.</param>
    public SiloLostException(string silo, string targetId, Exception? innerException)
        : base($"Silo {silo} was lost while it held a task of '{targetId}' ({innerException?.Message ?? "it left the cluster"}). " +
               "The task may have run there in part; it was not sent again because its target is not marked idempotent " +
               "(ClusterPoolOptions.MarkIdempotent). Submit it again if that is safe.", innerException)
    {
        Silo = silo;
        TargetId = targetId;
    }

    /// <summary>The address of the silo that was lost.</summary>
    public string Silo { get; }

    /// <summary>The target of the lost task.</summary>
    public string TargetId { get; }
}
