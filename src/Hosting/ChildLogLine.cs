using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting;

/// <summary>
/// How a worker's log entry travels to the parent: one line of the worker's standard output, marked so that the
/// parent's output forwarding turns it back into a log call (level, event id, category and message).
/// </summary>
internal static class ChildLogLine
{
    internal const string Marker = "\u001eMultiprocessing.Log|";

    internal static string Format(LogLevel level, EventId eventId, string category, string message) =>
        $"{Marker}{(int)level}|{eventId.Id}|{Escape(category)}|{Escape(message)}";

    internal static bool TryParse(string line, out LogLevel level, out EventId eventId, out string category, out string message)
    {
        level = LogLevel.None;
        eventId = default;
        category = message = "";
        if (!line.StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = line[Marker.Length..].Split('|', 4);
        if (parts.Length != 4 || !int.TryParse(parts[0], out int levelValue) || !int.TryParse(parts[1], out int id) ||
            levelValue is < (int)LogLevel.Trace or > (int)LogLevel.Critical)
        {
            return false;
        }

        level = (LogLevel)levelValue;
        eventId = new EventId(id);
        category = Unescape(parts[2]);
        message = Unescape(parts[3]);
        return true;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("|", "\\p", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 'n' => '\n', 'r' => '\r', 'p' => '|', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
