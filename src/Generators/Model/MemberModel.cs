namespace Multiprocessing.Generators.Model
{
    /// <summary>A marshalled member of an object, in wire order.</summary>
    /// <param name="Name">The member read from the value (property or field), keyword-escaped.</param>
    /// <param name="WriteTypeName">The member's declared type (nullable-annotated), used to write it.</param>
    /// <param name="ReadTypeName">The type the value is read as (the constructor parameter's type, or the member's).</param>
    /// <param name="ParameterName">The primary-constructor parameter it goes to, or null when it is set by an initializer.</param>
    internal sealed record MemberModel(string Name, string WriteTypeName, string ReadTypeName, string? ParameterName);
}
