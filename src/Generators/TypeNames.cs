using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators
{
    /// <summary>Spells types and identifiers for generated code and for ids.</summary>
    internal static class TypeNames
    {
        /// <summary>The format of target ids and messages: <c>Demo.Worker.Square(int)</c>.</summary>
        public static readonly SymbolDisplayFormat IdFormat = new(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        /// <summary>Escapes a keyword identifier (<c>class</c> becomes <c>@class</c>).</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>The type as written by user code, for messages and ids.</summary>
        public static string Display(ITypeSymbol type) => type.ToDisplayString(IdFormat);

        /// <summary>
        /// The <c>global::</c>-qualified name of <paramref name="type"/>; with <paramref name="annotate"/>, nullable
        /// reference annotations are kept (so that generated code matches user declarations without warnings).
        /// Tuples are spelled as <c>ValueTuple</c> so element names never matter.
        /// </summary>
        public static string FullName(ITypeSymbol type, bool annotate)
        {
            string name = FullNameCore(type, annotate);
            if (annotate && type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
            {
                name += "?";
            }

            return name;
        }

        private static string FullNameCore(ITypeSymbol type, bool annotate)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return FullName(array.ElementType, annotate) + "[" + new string(',', array.Rank - 1) + "]";
                case INamedTypeSymbol named when named.IsTupleType:
                    return TupleName(named.TupleElements.Select(e => FullName(e.Type, annotate)).ToList(), 0);
                case INamedTypeSymbol named when named.TypeArguments.Length == 0 && named.SpecialType != SpecialType.None:
                    return named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                case INamedTypeSymbol named:
                {
                    var builder = new StringBuilder();
                    if (named.ContainingType is { } containing)
                    {
                        builder.Append(FullName(containing, annotate)).Append('.');
                    }
                    else
                    {
                        builder.Append(NamespacePrefix(named.ContainingNamespace));
                    }

                    builder.Append(Escape(named.Name));
                    if (named.TypeArguments.Length > 0)
                    {
                        builder.Append('<')
                            .Append(string.Join(", ", named.TypeArguments.Select(a => FullName(a, annotate))))
                            .Append('>');
                    }

                    return builder.ToString();
                }

                default:
                    return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
        }

        private static string TupleName(List<string> elements, int start)
        {
            int count = elements.Count - start;
            if (count <= 7)
            {
                return "global::System.ValueTuple<" + string.Join(", ", elements.Skip(start)) + ">";
            }

            return "global::System.ValueTuple<" + string.Join(", ", elements.Skip(start).Take(7)) + ", " + TupleName(elements, start + 7) + ">";
        }

        /// <summary><c>global::A.B.</c> for namespace <c>A.B</c>, <c>global::</c> for the global namespace.</summary>
        public static string NamespacePrefix(INamespaceSymbol? ns)
        {
            string name = NamespaceName(ns);
            return name.Length == 0 ? "global::" : "global::" + name + ".";
        }

        /// <summary>The keyword-escaped namespace name, empty for the global namespace.</summary>
        public static string NamespaceName(INamespaceSymbol? ns)
        {
            var parts = new List<string>();
            for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                parts.Add(Escape(current.Name));
            }

            parts.Reverse();
            return string.Join(".", parts);
        }

        /// <summary>Turns any text into a C# identifier fragment (letters, digits and underscores).</summary>
        public static string Sanitize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            return builder.ToString().Trim('_');
        }
    }
}
