using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting;

/// <summary>
/// The logger a worker gets for an <see cref="ILogger{TCategoryName}"/> argument: each entry becomes one marked line
/// on the worker's standard output, which the parent's hosted pool logs with the same level, event id and category,
/// in the worker's ProcessName/ProcessId scope. Filtering happens in the parent.
/// </summary>
/// <typeparam name="T">The category type.</typeparam>
internal sealed class ForwardingLogger<T>(string category) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        string message = formatter(state, exception);
        if (exception is not null)
        {
            message += Environment.NewLine + exception;
        }

        Console.Out.WriteLine(ChildLogLine.Format(logLevel, eventId, category, message));
    }
}
