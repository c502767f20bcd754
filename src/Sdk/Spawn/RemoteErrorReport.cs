using System.Collections;
using System.Globalization;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Spawn;

/// <summary>
/// One exception of a child's error report (the Error control frame, the pool's TaskError frame): its type and
/// base types by name, message, stack trace, simple <see cref="Exception.Data"/> entries and inner exceptions
/// (an <see cref="AggregateException"/>'s whole list). Bounded both ways, so that neither a deep chain in the child
/// nor a hostile frame makes either side allocate without limit (docs/wire-format.md, "Error reports").
/// </summary>
internal sealed class RemoteErrorReport
{
    /// <summary>The most base type names one exception carries.</summary>
    internal const int MaxBaseTypes = 16;

    /// <summary>The most <see cref="Exception.Data"/> entries one exception carries.</summary>
    internal const int MaxDataEntries = 16;

    /// <summary>The most inner exceptions one exception carries (an aggregate's first ones).</summary>
    internal const int MaxInnerExceptions = 16;

    /// <summary>The deepest chain carried: the outermost exception is level 1.</summary>
    internal const int MaxDepth = 16;

    /// <summary>The most exceptions in one report, all levels together.</summary>
    internal const int MaxExceptions = 64;

    /// <summary>The longest message sent, in characters; a longer one is cut and says so.</summary>
    internal const int MaxMessageLength = 32 * 1024;

    /// <summary>The longest stack trace sent, in characters; a longer one is cut and says so.</summary>
    internal const int MaxStackLength = 64 * 1024;

    /// <summary>The longest data key or value sent, in characters.</summary>
    internal const int MaxDataLength = 1024;

    private RemoteErrorReport(string typeName, string message, string stackTrace, string[] baseTypeNames, KeyValuePair<string, string>[] data, RemoteErrorReport[] innerExceptions)
    {
        TypeName = typeName;
        Message = message;
        StackTrace = stackTrace;
        BaseTypeNames = baseTypeNames;
        Data = data;
        InnerExceptions = innerExceptions;
    }

    internal string TypeName { get; }

    internal string Message { get; }

    internal string StackTrace { get; }

    /// <summary>The base types' full names, nearest first, down to <c>System.Exception</c>.</summary>
    internal IReadOnlyList<string> BaseTypeNames { get; }

    internal IReadOnlyList<KeyValuePair<string, string>> Data { get; }

    internal IReadOnlyList<RemoteErrorReport> InnerExceptions { get; }

    /// <summary>The full names of an exception type's base types, nearest first, without <see cref="object"/>.</summary>
    /// <param name="type">The exception's type.</param>
    /// <returns>At most <see cref="MaxBaseTypes"/> names.</returns>
    internal static string[] BaseTypeNamesOf(Type type)
    {
        var names = new List<string>();
        for (var b = type.BaseType; b is not null && b != typeof(object) && names.Count < MaxBaseTypes; b = b.BaseType)
        {
            names.Add(NameOf(b));
        }

        return [.. names];
    }

    /// <summary>Writes <paramref name="exception"/> and its chain, cut to the limits.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="exception">The exception the target threw.</param>
    internal static void Write(MarshalWriter writer, Exception exception)
    {
        int budget = MaxExceptions - 1; // the outermost one
        WriteOne(writer, exception, 1, ref budget);
    }

    /// <summary>
    /// Writes what a <see cref="RemoteProcessException"/> carries (the child's type, base types, message, stack trace,
    /// data and inner exceptions) as the report it was read from, so that it travels on (from a cluster silo to its
    /// client) and is rebuilt there as the same remote exception.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="exception">An exception rebuilt from a report.</param>
    internal static void WriteRemote(MarshalWriter writer, RemoteProcessException exception)
    {
        int budget = MaxExceptions - 1;
        WriteRemoteOne(writer, exception, 1, ref budget);
    }

    private static void WriteRemoteOne(MarshalWriter writer, RemoteProcessException exception, int depth, ref int budget)
    {
        writer.WriteString(exception.RemoteTypeName);
        writer.WriteString(Cut(exception.RemoteMessage, MaxMessageLength));
        writer.WriteString(Cut(exception.RemoteStackTrace, MaxStackLength));
        int bases = Math.Min(exception.RemoteBaseTypeNames.Count, MaxBaseTypes);
        writer.WriteUnmanaged((byte)bases);
        for (int i = 0; i < bases; i++)
        {
            writer.WriteString(exception.RemoteBaseTypeNames[i]);
        }

        var data = SimpleData(exception);
        writer.WriteUnmanaged((byte)data.Count);
        foreach (var (key, value) in data)
        {
            writer.WriteString(key);
            writer.WriteString(value);
        }

        var inners = exception.RemoteInnerExceptions;
        int count = depth >= MaxDepth ? 0 : Math.Min(Math.Min(inners.Count, MaxInnerExceptions), budget);
        writer.WriteUnmanaged((byte)count);
        budget -= count;
        for (int i = 0; i < count; i++)
        {
            WriteRemoteOne(writer, inners[i], depth + 1, ref budget);
        }
    }

    /// <summary>Reads a report written by <see cref="Write"/>, refusing counts and depths above the limits.</summary>
    /// <param name="reader">The frame's reader, at the report.</param>
    /// <returns>The outermost exception's report.</returns>
    /// <exception cref="MarshalException">The report is malformed or exceeds a limit.</exception>
    internal static RemoteErrorReport Read(ref MarshalReader reader)
    {
        int budget = MaxExceptions - 1;
        return ReadOne(ref reader, 1, ref budget);
    }

    /// <summary>Writes one exception; <paramref name="budget"/> is how many more exceptions the report may hold, this one's already counted.</summary>
    private static void WriteOne(MarshalWriter writer, Exception exception, int depth, ref int budget)
    {
        var type = exception.GetType();
        writer.WriteString(NameOf(type));
        writer.WriteString(Cut(SafeMessage(exception), MaxMessageLength));
        writer.WriteString(Cut(exception.StackTrace ?? "", MaxStackLength));

        string[] bases = BaseTypeNamesOf(type);
        writer.WriteUnmanaged((byte)bases.Length);
        foreach (string name in bases)
        {
            writer.WriteString(name);
        }

        var data = SimpleData(exception);
        writer.WriteUnmanaged((byte)data.Count);
        foreach (var (key, value) in data)
        {
            writer.WriteString(key);
            writer.WriteString(value);
        }

        IReadOnlyList<Exception> inners = exception is AggregateException aggregate
            ? aggregate.InnerExceptions
            : exception.InnerException is { } inner ? [inner] : [];
        int count = depth >= MaxDepth ? 0 : Math.Min(Math.Min(inners.Count, MaxInnerExceptions), budget);
        writer.WriteUnmanaged((byte)count);
        budget -= count; // counted before they are written: a sibling's own inners take what is left
        for (int i = 0; i < count; i++)
        {
            WriteOne(writer, inners[i], depth + 1, ref budget);
        }
    }

    private static RemoteErrorReport ReadOne(ref MarshalReader reader, int depth, ref int budget)
    {
        string type = reader.ReadString() ?? "System.Exception";
        string message = reader.ReadString() ?? "";
        string stack = reader.ReadString() ?? "";

        var bases = new string[Count(ref reader, MaxBaseTypes, "base type names")];
        for (int i = 0; i < bases.Length; i++)
        {
            bases[i] = reader.ReadString() ?? "";
        }

        var data = new KeyValuePair<string, string>[Count(ref reader, MaxDataEntries, "data entries")];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = new(reader.ReadString() ?? "", reader.ReadString() ?? "");
        }

        int innerCount = Count(ref reader, MaxInnerExceptions, "inner exceptions");
        if (innerCount > 0 && depth >= MaxDepth)
        {
            throw new MarshalException($"Malformed error report: an exception chain deeper than {MaxDepth}.");
        }

        budget -= innerCount;
        if (budget < 0)
        {
            throw new MarshalException($"Malformed error report: more than {MaxExceptions} exceptions.");
        }

        var inners = new RemoteErrorReport[innerCount];
        for (int i = 0; i < inners.Length; i++)
        {
            inners[i] = ReadOne(ref reader, depth + 1, ref budget);
        }

        return new RemoteErrorReport(type, message, stack, bases, data, inners);
    }

    private static int Count(ref MarshalReader reader, int limit, string what)
    {
        int count = reader.ReadUnmanaged<byte>();
        return count <= limit
            ? count
            : throw new MarshalException($"Malformed error report: {count} {what} where at most {limit} are sent.");
    }

    private static List<(string Key, string Value)> SimpleData(Exception exception)
    {
        var entries = new List<(string, string)>();
        try
        {
            foreach (DictionaryEntry entry in exception.Data)
            {
                if (entries.Count == MaxDataEntries)
                {
                    break;
                }

                if (Simple(entry.Key) is { } key && Simple(entry.Value) is { } value)
                {
                    entries.Add((Cut(key, MaxDataLength), Cut(value, MaxDataLength)));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A custom Data that throws: the report goes without the rest of it rather than not at all.
        }

        return entries;
    }

    /// <summary>The text of a string, primitive, enum or similarly simple value; null for anything else (not sent).</summary>
    private static string? Simple(object? value) => value switch
    {
        string s => s,
        Enum or decimal or DateTime or DateTimeOffset or TimeSpan or Guid => Convert.ToString(value, CultureInfo.InvariantCulture),
        not null when value.GetType().IsPrimitive => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string SafeMessage(Exception exception)
    {
        try
        {
            return exception.Message;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"(the exception's Message threw {ex.GetType().FullName})";
        }
    }

    private static string NameOf(Type type) => type.FullName ?? type.Name;

    private static string Cut(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit), $" ... ({text.Length - limit} more characters cut)");
}
