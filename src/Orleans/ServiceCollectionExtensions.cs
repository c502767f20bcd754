using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Multiprocessing.Orleans;

/// <summary>Registers a <see cref="ClusterPool"/> for an Orleans client or silo.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ClusterPool"/> over the cluster this host belongs to (an Orleans client's, or,
    /// inside a silo, the silo's own), and makes it the app's <see cref="IProcessPool"/>: code that takes an
    /// <see cref="IProcessPool"/> moves from <c>AddProcessPool</c> to the cluster with this one call.
    /// </summary>
    /// <param name="services">The host's services (with <c>UseOrleansClient</c> or <c>UseOrleans</c>).</param>
    /// <param name="configure">Sets up the pool (shared secret, idempotent targets, ...).</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddClusterPool(this IServiceCollection services, Action<ClusterPoolOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp =>
        {
            var options = new ClusterPoolOptions();
            configure?.Invoke(options);
            return new ClusterPool(sp.GetRequiredService<IGrainFactory>(), options, sp);
        });
        services.RemoveAll<IProcessPool>(); // the cluster pool wins over a silo's own local pool
        services.AddSingleton<IProcessPool>(static sp => sp.GetRequiredService<ClusterPool>());
        return services;
    }
}
