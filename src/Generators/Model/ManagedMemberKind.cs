namespace Multiprocessing.Generators.Model
{
    /// <summary>What a generated proxy method calls on the server.</summary>
    internal enum ManagedMemberKind
    {
        /// <summary>A method.</summary>
        Method,

        /// <summary>A property's getter (the proxy method is <c>GetX()</c>).</summary>
        Getter,

        /// <summary>A property's setter (the proxy method is <c>SetX(value)</c>).</summary>
        Setter,
    }
}
