using System.Globalization;

namespace Multiprocessing.Marshalling;

/// <summary>
/// Limits that keep marshalling safe against hostile, corrupt or accidentally huge values: reading never recurses
/// deeper than <see cref="MaxDepth"/>, so a deeply nested input ends in a <see cref="MarshalException"/> that the
/// reading process can catch, instead of a stack overflow that kills it.
/// </summary>
/// <remarks>
/// <para>
/// A level is one object (record, class or struct with references), collection, tuple or nullable struct with
/// references that a value is nested in. A flat <c>List&lt;int&gt;</c> is 1 level; a chain of
/// <c>record Node(int Value, Node? Next)</c> takes one level per node.
/// </para>
/// <para>
/// Writing checks the same limit, so a value the receiver would refuse (or a cyclic object graph) fails in the
/// sender, with a clear message, before anything is sent.
/// </para>
/// <para>
/// Every process that writes or reads a value must allow its depth. Children and pool workers are separate
/// processes: setting <see cref="MaxDepth"/> in the parent does not change theirs. Set the limit for all of them in
/// the application's runtimeconfig (children start with the parent's), with the AppContext switch
/// <c>Multiprocessing.Marshalling.MaxDepth</c> in the project file:
/// <code>
/// &lt;ItemGroup&gt;
///   &lt;RuntimeHostConfigurationOption Include="Multiprocessing.Marshalling.MaxDepth" Value="2048" /&gt;
/// &lt;/ItemGroup&gt;
/// </code>
/// A switch value that is not a whole number of at least 1 makes the first use of marshalling fail with an
/// exception that names the switch.
/// </para>
/// </remarks>
public static class MarshalLimits
{
    private const string MaxDepthSwitch = "Multiprocessing.Marshalling.MaxDepth";
    private const int DefaultMaxDepth = 512;

    /// <summary>From this depth on, every level also checks that the thread has stack left.</summary>
    private const int StackCheckDepth = 64;

    private static int s_maxDepth = ConfiguredMaxDepth();

    /// <summary>The depth at which <see cref="MarshalReader.EnterNested"/> leaves its fast path: the smaller of the limit and <see cref="StackCheckDepth"/>.</summary>
    internal static int s_slowPathDepth = Math.Min(s_maxDepth, StackCheckDepth);

    /// <summary>
    /// The deepest nesting a marshalled value may have, in levels (512 unless the AppContext switch
    /// <c>Multiprocessing.Marshalling.MaxDepth</c> says otherwise). Applies to this process only; see the remarks of
    /// <see cref="MarshalLimits"/> to change it in children too.
    /// </summary>
    /// <remarks>
    /// Whatever the limit, reading and writing also stop with a <see cref="MarshalException"/> when the thread's stack
    /// runs low, so a high limit can never turn into a stack overflow.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int MaxDepth
    {
        get => s_maxDepth;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            s_maxDepth = value;
            s_slowPathDepth = Math.Min(value, StackCheckDepth);
        }
    }

    /// <summary>Checks a depth past the fast path: the limit, then the stack.</summary>
    /// <param name="depth">The depth just entered.</param>
    /// <param name="offset">Where the input is (-1 when writing), for the message.</param>
    internal static void CheckDepth(int depth, int offset)
    {
        if (depth > s_maxDepth)
        {
            throw new MarshalException(offset >= 0
                ? $"Malformed data: the input nests deeper than the limit of {s_maxDepth} levels (at offset {offset}). " +
                  $"Corrupt or hostile input looks like this; if the data is legitimate, raise MarshalLimits.MaxDepth (or the AppContext switch '{MaxDepthSwitch}') in the process that reads it."
                : $"The value nests deeper than the limit of {s_maxDepth} levels, so the process receiving it would refuse it. " +
                  $"If the object graph has a cycle, break it (cycles cannot be marshalled); if it is legitimately this deep, raise MarshalLimits.MaxDepth (or the AppContext switch '{MaxDepthSwitch}') in every process that writes or reads it.");
        }

        if (depth > StackCheckDepth && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new MarshalException(
                $"The value nests {depth} levels deep and the thread's stack is nearly exhausted. Lower MarshalLimits.MaxDepth " +
                $"(now {s_maxDepth}), flatten the data, or marshal it on a thread with a larger stack.");
        }
    }

    private static int ConfiguredMaxDepth() => ParseMaxDepth(AppContext.GetData(MaxDepthSwitch));

    /// <summary>The limit the AppContext switch sets: a number or numeric string, at least 1; the default when unset.</summary>
    /// <param name="data">The switch's value (a string from runtimeconfig.json, or what <c>AppContext.SetData</c> stored).</param>
    /// <returns>The limit.</returns>
    /// <exception cref="InvalidOperationException">The value is not a whole number of at least 1.</exception>
    internal static int ParseMaxDepth(object? data)
    {
        if (data is null)
        {
            return DefaultMaxDepth;
        }

        int? value = data switch
        {
            int i => i,
            long l when l is >= 1 and <= int.MaxValue => (int)l,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) => parsed,
            _ => null,
        };
        if (value is not >= 1)
        {
            throw new InvalidOperationException(
                $"The AppContext switch '{MaxDepthSwitch}' is '{data}'; it must be a whole number of levels, at least 1 (the default is {DefaultMaxDepth}). Fix it in the project file or runtimeconfig.json.");
        }

        return value.Value;
    }
}
