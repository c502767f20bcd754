namespace Multiprocessing.Rules;

/// <summary>A member of an object that travels, in wire order.</summary>
/// <param name="Name">The property or field read from the value.</param>
/// <param name="Type">The member's declared type (what it is written as).</param>
/// <param name="ReadType">The type it is read as: the primary-constructor parameter's type, or the member's.</param>
/// <param name="ParameterName">The primary-constructor parameter it goes to, or null when it is set by an initializer.</param>
internal sealed record TravelMember(string Name, ITypeSymbol Type, ITypeSymbol ReadType, string? ParameterName);
