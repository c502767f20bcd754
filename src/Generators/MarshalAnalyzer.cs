using System;
using Multiprocessing.Rules;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Asks the shared travel rules (<see cref="TravelRules"/>, the same file the analyzers compile) whether a type can
    /// travel, reports each failure as MP0102 with its member path and reason, and turns the rules' decisions into
    /// equatable marshaller models. Part of the parser: it runs inside the transform. No rule lives here.
    /// </summary>
    internal sealed class MarshalAnalyzer
    {
        private readonly TravelRules _rules;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, MarshalTypeModel> _types = new(StringComparer.Ordinal);
        private int _nodesSeen;
        private int _failuresSeen;

        public MarshalAnalyzer(Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _rules = new TravelRules(compilation, cancellationToken);
            _diagnostics = diagnostics;
        }

        /// <summary>The types that need a registration, sorted by name.</summary>
        public IEnumerable<MarshalTypeModel> Types => _types.Values.OrderBy(t => Key(t), StringComparer.Ordinal);

        /// <summary>Checks that <paramref name="type"/> can be marshalled; reports MP0102 at <paramref name="location"/> when not.</summary>
        /// <param name="type">The type.</param>
        /// <param name="path">The member path for the message (<c>p.Address.Street</c>).</param>
        /// <param name="location">Where the user's code mentions the outermost type.</param>
        /// <returns>Whether the type can be marshalled.</returns>
        public bool Visit(ITypeSymbol type, string path, Location location)
        {
            bool ok = _rules.Visit(type, path);
            for (; _failuresSeen < _rules.Failures.Count; _failuresSeen++)
            {
                var failure = _rules.Failures[_failuresSeen];
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotMarshallable, location, failure.Path, TypeNames.Display(failure.Type), failure.Reason));
            }

            for (; _nodesSeen < _rules.Nodes.Count; _nodesSeen++)
            {
                var model = ToModel(_rules.Nodes[_nodesSeen]);
                string key = Key(model);
                if (!_types.ContainsKey(key))
                {
                    _types.Add(key, model);
                }
            }

            return ok;
        }

        /// <summary>The dedup key of a model: its type, and whether it is the union over the type's cases.</summary>
        internal static string Key(MarshalTypeModel model) => model.Kind == TravelKind.Union ? model.TypeName + " (union)" : model.TypeName;

        private static MarshalTypeModel ToModel(TravelNode node)
        {
            var kind = node.Kind;

            var members = node.Members
                .Select(m => new MemberModel(
                    TypeNames.Escape(m.Name),
                    TypeNames.FullName(m.Type, annotate: true),
                    TypeNames.FullName(m.ReadType, annotate: true),
                    m.ParameterName is null ? null : TypeNames.Escape(m.ParameterName)))
                .ToEquatableArray();
            return new MarshalTypeModel(
                kind,
                TypeNames.FullName(node.Type, annotate: false),
                node.Type.IsReferenceType,
                node.Arguments.Select(a => TypeNames.FullName(a, annotate: false)).ToEquatableArray(),
                TypeNames.Display(node.Type),
                members,
                node.UsesConstructor,
                node.Marshaller is null ? null : TypeNames.FullName(node.Marshaller, annotate: false),
                node.CheckExactType,
                node.IsUnionCase,
                node.IsAssemblyLevel,
                RegistersFormatter: kind == TravelKind.MemoryPack && node.Type.TypeKind != TypeKind.Interface);
        }
    }
}
