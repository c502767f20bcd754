using Microsoft.CodeAnalysis.Text;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Emits, for every <c>[ManagedType]</c> class, its typed proxy calls (extension methods on
    /// <c>ManagedObject&lt;T&gt;</c>), its creation methods on <c>ProcessManager</c>, the server-side factory and
    /// dispatcher, and the marshallers its members need (Python's <c>BaseManager.register</c>, typed).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ManagedTypeGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the parse step, for incremental-generation tests.</summary>
        internal const string TrackingName = "ManagedTypes";

        /// <summary>The tracking name of the step that finds calls typing manager proxies.</summary>
        internal const string ProxyUsesTrackingName = "ManagerProxyUses";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var types = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    ManagedTypeParser.ManagedTypeAttributeName,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, ct) => ManagedTypeParser.Parse(ctx, ct))
                .WithTrackingName(TrackingName);

            context.RegisterSourceOutput(types.SelectMany(static (r, _) => r.Diagnostics), static (spc, diagnostic) =>
                spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

            context.RegisterSourceOutput(types.Select(static (r, _) => r.Type), static (spc, model) =>
            {
                if (model is not null)
                {
                    spc.AddSource(model.HintName, SourceText.From(ManagedTypeEmitter.Emit(model), System.Text.Encoding.UTF8));
                }
            });

            // Calls that type proxies (manager.CreateDictionary<string, Person>()) need marshallers for their type arguments too.
            var uses = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => ProxyUseParser.IsCandidate(node),
                    static (ctx, ct) => ProxyUseParser.Parse(ctx, ct))
                .Where(static r => r is not null)
                .Select(static (r, _) => r!)
                .WithTrackingName(ProxyUsesTrackingName);
            context.RegisterSourceOutput(uses.SelectMany(static (r, _) => r.Diagnostics), static (spc, diagnostic) =>
                spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

            var marshalled = types.Select(static (r, _) => r.Types).Collect()
                .Combine(uses.Select(static (r, _) => r.Types).Collect());
            context.RegisterSourceOutput(marshalled, static (spc, pair) =>
            {
                var merged = Emitter.MergeTypes(pair.Left.SelectMany(t => t).Concat(pair.Right.SelectMany(t => t)));
                if (!merged.IsEmpty)
                {
                    spc.AddSource(
                        ManagedTypeEmitter.MarshallersHintName,
                        SourceText.From(Emitter.EmitRegistry(new TargetModel[0], merged, ManagedTypeEmitter.MarshallersClassName), System.Text.Encoding.UTF8));
                }
            });
        }
    }
}
