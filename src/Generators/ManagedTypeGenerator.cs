using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Multiprocessing.Generators.Model;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Emits, for every <c>[ManagedType]</c> class, its typed proxy calls (extension methods on
    /// <c>SharedObject&lt;T&gt;</c>), its creation methods on <c>ProcessManager</c>, the server-side factory and
    /// dispatcher, and the marshallers its members need (Python's <c>BaseManager.register</c>, typed).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ManagedTypeGenerator : IIncrementalGenerator
    {
        /// <summary>The tracking name of the parse step, for incremental-generation tests.</summary>
        internal const string TrackingName = "ManagedTypes";

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

            context.RegisterSourceOutput(types.Select(static (r, _) => r.Types).Collect(), static (spc, all) =>
            {
                var merged = Emitter.MergeTypes(all.SelectMany(t => t));
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
