using Microsoft.CodeAnalysis.Text;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Emits, for every <c>[ProcessTarget]</c> method, a stable id, a typed dispatcher, the marshallers of its
    /// signature and a module-initializer registration; and for every partial <c>ChildProcess</c> subclass, the
    /// code that copies its fields to the child and re-creates it there.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ProcessTargetGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.ProcessTargetAttributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.ParseTarget(ctx, ct))
                .WithTrackingName(TrackingNames.Targets);

            var classes = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                    static (ctx, ct) => Parser.ParseProcessClass(ctx, ct))
                .Where(static r => r is not null)
                .Select(static (r, _) => r!)
                .WithTrackingName(TrackingNames.ProcessClasses);

            // Diagnostics travel apart from the models: their locations move with every edit above them.
            var diagnostics = targets.SelectMany(static (r, _) => r.Diagnostics)
                .Collect()
                .Combine(classes.SelectMany(static (r, _) => r.Diagnostics).Collect())
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, pair) =>
            {
                foreach (var diagnostic in pair.Left.Concat(pair.Right))
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

            var targetModels = targets
                .Select(static (r, _) => (r.Target, r.Types))
                .WithTrackingName(TrackingNames.TargetModels);
            var classModels = classes
                .Select(static (r, _) => (r.Class, r.Types))
                .WithTrackingName(TrackingNames.ProcessClassModels);

            var registry = targetModels.Collect()
                .Combine(classModels.Select(static (c, _) => c.Types).Collect())
                .WithTrackingName(TrackingNames.Registry);
            context.RegisterSourceOutput(registry, static (spc, pair) =>
            {
                var models = pair.Left.Where(t => t.Target is not null).Select(t => t.Target!)
                    .OrderBy(t => t.Id, System.StringComparer.Ordinal)
                    .ToList();
                var types = Emitter.MergeTypes(pair.Left.SelectMany(t => t.Types).Concat(pair.Right.SelectMany(t => t)));
                if (models.Count == 0 && types.IsEmpty)
                {
                    return;
                }

                spc.AddSource(Emitter.RegistryHintName, SourceText.From(Emitter.EmitRegistry(models, types), System.Text.Encoding.UTF8));
            });

            context.RegisterSourceOutput(classModels, static (spc, pair) =>
            {
                if (pair.Class is { } model)
                {
                    spc.AddSource(model.HintName, SourceText.From(Emitter.EmitProcessClass(model), System.Text.Encoding.UTF8));
                }
            });
        }
    }
}
