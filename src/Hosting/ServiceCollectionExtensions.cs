using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Multiprocessing.Hosting;

/// <summary>Registers a <see cref="ProcessPool"/> that starts and stops with the host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ProcessPool"/> run by the host: it starts before the other hosted services
    /// (with <see cref="ProcessPoolHostOptions.WarmUp"/>, every worker has answered before they start) and stops after
    /// them: it takes no new tasks, the submitted ones finish within the host's shutdown timeout, then the workers
    /// are terminated. Its workers' events and output are logged. Also registers <see cref="ProcessPoolHealthCheck"/>
    /// (add it to the health checks with <see cref="HealthChecksBuilderExtensions.AddProcessPoolCheck"/>).
    /// </summary>
    /// <remarks>
    /// <para>The pool is created on first use: resolving <see cref="ProcessPool"/> (e.g. in a hosted service's
    /// constructor) before the host has started creates it, and the host's start then warms it up. Resolving it
    /// after the host has stopped throws an <see cref="ObjectDisposedException"/>.</para>
    /// <para>Call <c>Multiprocess.MainGuard()</c> as the first statement of <c>Main</c>: the workers re-launch the
    /// app, and the guard runs their target there instead of building the host again.</para>
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (applied after any configuration binding).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddProcessPool(this IServiceCollection services, Action<ProcessPoolHostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ProcessPoolHostOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<ProcessPoolHostedService>();
        services.TryAddSingleton(static sp => sp.GetRequiredService<ProcessPoolHostedService>().Pool);
        // The pool interface too, so that an app calls IProcessPool and moves to a cluster pool by its registration alone.
        services.TryAddSingleton<IProcessPool>(static sp => sp.GetRequiredService<ProcessPool>());
        services.TryAddSingleton(static sp => new ProcessPoolHealthCheck(sp.GetRequiredService<ProcessPoolHostedService>()));
        // Registered once even when AddProcessPool is called again (to add configuration, say).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProcessPoolHostedService>(static sp => sp.GetRequiredService<ProcessPoolHostedService>()));
        return services;
    }

    /// <summary>
    /// Registers the hosted pool (see <see cref="AddProcessPool(IServiceCollection, Action{ProcessPoolHostOptions}?)"/>)
    /// with its options bound from <paramref name="configuration"/>, e.g.
    /// <c>builder.Configuration.GetSection("ProcessPool")</c> holding <c>{ "Processes": 4, "WarmUp": true }</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration section that holds the options.</param>
    /// <param name="configure">Sets options after the binding.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddProcessPool(this IServiceCollection services, IConfiguration configuration, Action<ProcessPoolHostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProcessPoolHostOptions>().Bind(configuration);
        return services.AddProcessPool(configure);
    }
}
