// A generic-host app that feeds work to a process pool: a producer writes work items to a Channel<int>, a consumer
// fans them out to the pool's workers and logs the results. Ctrl+C (SIGINT) or SIGTERM stops it cleanly: the consumer
// stops reading and waits for the items in flight, then the pool lets its workers finish and exit; none is left.
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multiprocessing;
using Multiprocessing.Hosting;
using Samples.HostedWorker;

// The workers re-launch this program: the guard runs their task here, so a worker never builds the host.
Multiprocess.MainGuard();

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.IncludeScopes = true; // forwarded worker lines carry "ProcessName:SpawnPoolWorker-N ProcessId:pid"
    console.TimestampFormat = "HH:mm:ss.fff ";
});

// Two workers unless configuration says otherwise ("ProcessPool": { "Processes": 4 } in appsettings.json, or the
// environment variable ProcessPool__Processes=4): the binding runs after the delegate.
builder.Services.AddProcessPool(pool => pool.Processes = 2);
builder.Services.AddProcessPool(builder.Configuration.GetSection("ProcessPool"));
builder.Services.AddHealthChecks().AddProcessPoolCheck();

builder.Services.AddSingleton(Channel.CreateBounded<int>(100));
builder.Services.AddHostedService<Producer>();
builder.Services.AddHostedService<Consumer>();

await builder.Build().RunAsync();
