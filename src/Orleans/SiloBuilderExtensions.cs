using Microsoft.Extensions.DependencyInjection;
using Multiprocessing.Hosting;

namespace Multiprocessing.Orleans;

/// <summary>Makes a silo's <see cref="ProcessPool"/> serve the cluster.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Runs a <see cref="ProcessPool"/> in this silo (<c>AddProcessPool</c>, configured by <paramref name="configurePool"/>)
    /// and serves it to the cluster: <see cref="ClusterPool"/>s anywhere in the cluster send tasks to its workers.
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="configurePool">Sets up the silo's pool (its number of workers, ...).</param>
    /// <param name="configure">Sets up how the silo serves (its shared secret).</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddProcessPoolWorker(this ISiloBuilder builder, Action<ProcessPoolHostOptions>? configurePool = null, Action<ProcessPoolWorkerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProcessPool(configurePool);
        var options = builder.Services.AddOptions<ProcessPoolWorkerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddSingleton<PoolWorkerDrain>();
        builder.Services.AddSingleton<PoolTaskTickets>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(static sp => sp.GetRequiredService<PoolWorkerDrain>());
        builder.Services.AddPlacementDirector<SiloBoundPlacement, SiloBoundPlacementDirector>();
        return builder;
    }
}
