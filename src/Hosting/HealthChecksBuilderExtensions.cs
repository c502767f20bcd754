using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Multiprocessing.Hosting;

/// <summary>Adds the hosted pool's health check.</summary>
public static class HealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ProcessPoolHealthCheck"/> for the pool registered by
    /// <see cref="ServiceCollectionExtensions.AddProcessPool(IServiceCollection, Action{ProcessPoolHostOptions}?)"/>:
    /// <c>builder.Services.AddHealthChecks().AddProcessPoolCheck()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">The status reported when the pool does not run (default Unhealthy).</param>
    /// <param name="tags">Tags to filter checks by (e.g. "ready").</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddProcessPoolCheck(this IHealthChecksBuilder builder, string name = "process-pool", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, static sp => sp.GetRequiredService<ProcessPoolHealthCheck>(), failureStatus, tags));
    }
}
