using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A bag of named attributes held by a manager server (Python's <c>manager.Namespace()</c>): <c>ns.x = 1</c> becomes
/// <c>ns.Set("x", 1)</c> and <c>ns.x</c> becomes <c>ns.Get&lt;int&gt;("x")</c>.
/// </summary>
/// <remarks>An attribute is stored as the bytes its type marshals to: read it with the type it was written with.</remarks>
public sealed class ManagedNamespace : ManagerProxy, IProcessHandle<ManagedNamespace>
{
    internal ManagedNamespace(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>Reads the attribute <paramref name="name"/>.</summary>
    /// <typeparam name="T">The type it was written with.</typeparam>
    /// <param name="name">The attribute's name.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="KeyNotFoundException">No such attribute (Python's AttributeError).</exception>
    public T Get<T>(string name) =>
        TryGet<T>(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The namespace has no attribute '{name}'.");

    /// <summary>Reads the attribute <paramref name="name"/>, if it exists.</summary>
    /// <typeparam name="T">The type it was written with.</typeparam>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value, when found.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGet<T>(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Begin(ManagerOp.NamespaceGet).WriteString(name);
        return TryReadFound(Call(), $"the namespace attribute '{name}'", out value);
    }

    /// <summary>Sets the attribute <paramref name="name"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">The value.</param>
    public void Set<T>(string name, T value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var writer = Begin(ManagerOp.NamespaceSet);
        writer.WriteString(name);
        Marshaller<T>.Default.Write(writer, value);
        Call();
    }

    /// <summary>Removes the attribute <paramref name="name"/> (Python's <c>del ns.x</c>).</summary>
    /// <param name="name">The attribute's name.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Begin(ManagerOp.NamespaceDelete).WriteString(name);
        return Call()[0] != 0;
    }

    /// <summary>A snapshot of the attribute names.</summary>
    /// <returns>The names.</returns>
    public string[] Names()
    {
        Begin(ManagerOp.NamespaceNames);
        var reader = new MarshalReader(Call());
        int count = reader.ReadLengthHeader(sizeof(int));
        var names = new string[Math.Max(count, 0)];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString() ?? "";
        }

        reader.EnsureEnd("the names of a namespace");
        return names;
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedNamespace>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedNamespace>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedNamespace IProcessHandle<ManagedNamespace>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
