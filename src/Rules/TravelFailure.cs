namespace Multiprocessing.Rules;

/// <summary>Why a type cannot travel to a child process.</summary>
/// <param name="Type">The offending type (the outer type itself, or one of its parts).</param>
/// <param name="Path">The member path to it, after the path the walk started with (<c>p.Home.Street</c>).</param>
/// <param name="Reason">Why, and what to do instead.</param>
internal sealed record TravelFailure(ITypeSymbol Type, string Path, string Reason);
