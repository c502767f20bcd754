using System.Collections.Immutable;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="ImmutableDictionary{TKey, TValue}"/> as the bytes of a <see cref="Dictionary{TKey, TValue}"/> (default comparers on the receiver).</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ImmutableDictionaryMarshaller<TKey, TValue> : IProcessMarshaller<ImmutableDictionary<TKey, TValue>?>
    where TKey : notnull
{
    internal static readonly ImmutableDictionaryMarshaller<TKey, TValue> Instance = new();

    public void Write(MarshalWriter writer, ImmutableDictionary<TKey, TValue>? value) =>
        DictionaryMarshaller<TKey, TValue>.WritePairs(writer, value, value?.Count ?? 0);

    public ImmutableDictionary<TKey, TValue>? Read(ref MarshalReader reader) =>
        DictionaryMarshaller<TKey, TValue>.ReadEntries(ref reader)?.ToImmutableDictionary();
}
