using System.Runtime.CompilerServices;

namespace Multiprocessing.Marshalling;

/// <summary>
/// The marshaller used for values of type <typeparamref name="T"/>: a static, per-type slot filled without
/// reflection. Types without references (primitives, enums, unmanaged structs) and strings are built in; the
/// source generator registers a marshaller for every other type used by a <see cref="ProcessTargetAttribute"/>
/// method; a user can register their own with <see cref="Register"/>.
/// </summary>
/// <typeparam name="T">The marshalled type.</typeparam>
public static class Marshaller<T>
{
    private static IProcessMarshaller<T>? s_marshaller = BuiltIn.Create<T>();

    /// <summary>Whether a marshaller is known for <typeparamref name="T"/>.</summary>
    public static bool IsRegistered => s_marshaller is not null;

    /// <summary>The marshaller for <typeparamref name="T"/>.</summary>
    /// <exception cref="MarshalException">No marshaller is known for the type.</exception>
    public static IProcessMarshaller<T> Default
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => s_marshaller ?? ThrowNotRegistered();
    }

    /// <summary>
    /// The fewest bytes a value of <typeparamref name="T"/> takes: its size when it travels as raw bytes, else 1 (every
    /// other encoding starts with at least a header byte). Collections bound their pre-size with it.
    /// </summary>
    internal static int MinEncodedSize => s_marshaller is BuiltIn.RawMarshaller<T> ? Unsafe.SizeOf<T>() : 1;

    /// <summary>
    /// Registers <paramref name="marshaller"/> for <typeparamref name="T"/>, replacing any earlier one
    /// (use this to plug in a formatter of your own).
    /// </summary>
    /// <param name="marshaller">The marshaller.</param>
    public static void Register(IProcessMarshaller<T> marshaller)
    {
        ArgumentNullException.ThrowIfNull(marshaller);
        s_marshaller = marshaller;
    }

    /// <summary>
    /// Registers <paramref name="marshaller"/> unless one is already known (what generated code calls, so that a
    /// user's own registration wins).
    /// </summary>
    /// <param name="marshaller">The marshaller.</param>
    public static void TryRegister(IProcessMarshaller<T> marshaller)
    {
        ArgumentNullException.ThrowIfNull(marshaller);
        Interlocked.CompareExchange(ref s_marshaller, marshaller, null);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IProcessMarshaller<T> ThrowNotRegistered() =>
        throw new MarshalException(
            $"No marshaller is known for type '{typeof(T)}'. Use the type in the signature of a [ProcessTarget] method " +
            $"(the source generator then emits one), or register your own with Marshaller<{typeof(T).Name}>.Register(...).");
}
