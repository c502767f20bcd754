using System.Runtime.CompilerServices;

namespace Multiprocessing.Marshalling;

/// <summary>
/// Picks the built-in marshaller of a type, if it has one, with JIT-time type tests (and, for unmanaged types, one
/// attribute look-up: a type that names its own marshaller with <see cref="ProcessMarshallerAttribute"/> gets that one).
/// Handles (<see cref="IProcessHandle{TSelf}"/>) are not here: generated code registers them, as every other type.
/// </summary>
internal static class BuiltIn
{
    internal static IProcessMarshaller<T>? Create<T>()
    {
        if (typeof(T) == typeof(bool))
        {
            return (IProcessMarshaller<T>)(object)BooleanMarshaller.Instance;
        }

        if (typeof(T) == typeof(string))
        {
            return (IProcessMarshaller<T>)(object)StringMarshaller.Instance;
        }

        if (typeof(T) == typeof(Uri))
        {
            return (IProcessMarshaller<T>)(object)UriMarshaller.Instance;
        }

        if (typeof(T) == typeof(Version))
        {
            return (IProcessMarshaller<T>)(object)VersionMarshaller.Instance;
        }

        if (typeof(T) == typeof(System.Numerics.BigInteger))
        {
            return (IProcessMarshaller<T>)(object)BigIntegerMarshaller.Instance;
        }

        if (typeof(T) == typeof(ReadOnlyMemory<byte>))
        {
            return (IProcessMarshaller<T>)(object)ReadOnlyMemoryMarshaller<byte>.Instance;
        }

        if (typeof(T) == typeof(Memory<byte>))
        {
            return (IProcessMarshaller<T>)(object)MemoryMarshaller<byte>.Instance;
        }

        if (typeof(T) == typeof(byte[]))
        {
            return (IProcessMarshaller<T>)(object)new UnmanagedArrayMarshaller<byte>();
        }

        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>() && !typeof(T).IsDefined(typeof(ProcessMarshallerAttribute), inherit: false))
        {
            return UnmanagedFactory<T>.Create();
        }

        return null;
    }

    private static class UnmanagedFactory<T>
    {
        // T has no references here, but the compiler cannot prove 'unmanaged'; a raw-byte marshaller that works on
        // Unsafe reads/writes needs no constraint.
        internal static IProcessMarshaller<T> Create() => new RawMarshaller<T>();
    }

    /// <summary>Values without references, as their raw bytes: exactly <c>Unsafe.SizeOf&lt;T&gt;()</c> bytes each.</summary>
    internal sealed class RawMarshaller<T> : IProcessMarshaller<T>
    {
        public void Write(MarshalWriter writer, T value)
        {
            int size = Unsafe.SizeOf<T>();
            var span = writer.GetSpan(size);
            Unsafe.WriteUnaligned(ref span[0], value);
            writer.Advance(size);
        }

        public T Read(ref MarshalReader reader)
        {
            var bytes = reader.ReadRaw(Unsafe.SizeOf<T>());
            return Unsafe.ReadUnaligned<T>(ref Unsafe.AsRef(in bytes[0]));
        }
    }
}
