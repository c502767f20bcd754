namespace Multiprocessing.Rules;

/// <summary>What a <c>[ProcessMarshaller]</c> attribute declares: the marshaller, and whether the type's type arguments travel with it.</summary>
/// <param name="Marshaller">The marshaller's type (open generic on a generic type).</param>
/// <param name="TypeArgumentsTravel">
/// Whether values of the type's type arguments travel inside it, so that they need marshallers too (false for a type
/// argument that is only a tag, as <c>ILogger&lt;TCategoryName&gt;</c>'s category).
/// </param>
internal sealed record DeclaredMarshaller(INamedTypeSymbol Marshaller, bool TypeArgumentsTravel);
