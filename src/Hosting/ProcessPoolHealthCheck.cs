using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Multiprocessing.Hosting;

/// <summary>
/// The hosted pool's health: Healthy when it is running with all its workers alive; Degraded when some worker is
/// missing (a replacement is starting); Unhealthy (or the registration's failure status) when it does not run: not
/// started yet, closed, terminated or broken. The data holds the state, the workers alive, the workers wanted and
/// the pending tasks.
/// </summary>
public sealed class ProcessPoolHealthCheck : IHealthCheck
{
    private readonly ProcessPoolHostedService _host;

    internal ProcessPoolHealthCheck(ProcessPoolHostedService host) => _host = host;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Registration?.FailureStatus ?? HealthStatus.Unhealthy;
        var pool = _host.PoolIfCreated;
        return Task.FromResult(pool is null
            ? Evaluate(null, 0, _host.Processes, 0, status)
            : Evaluate(pool.State, pool.WorkerPids.Count, pool.Processes, pool.PendingCount, status));
    }

    /// <summary>The health of a pool in <paramref name="state"/> (null: not created yet).</summary>
    internal static HealthCheckResult Evaluate(PoolState? state, int alive, int processes, int pending, HealthStatus failureStatus)
    {
        var data = new Dictionary<string, object>
        {
            ["state"] = state?.ToString() ?? "NotStarted",
            ["workers"] = alive,
            ["processes"] = processes,
            ["pending"] = pending,
        };
        return state switch
        {
            null => new HealthCheckResult(failureStatus, "The process pool has not started.", data: data),
            PoolState.Running when alive >= processes =>
                HealthCheckResult.Healthy($"The process pool is running with {alive} worker(s); {pending} task(s) pending.", data),
            PoolState.Running =>
                HealthCheckResult.Degraded($"The process pool is running with {alive} of {processes} worker(s) (replacements are starting); {pending} task(s) pending.", data: data),
            _ => new HealthCheckResult(failureStatus, $"The process pool is {state.Value.ToString().ToLowerInvariant()}: it takes no tasks.", data: data),
        };
    }
}
