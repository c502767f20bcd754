using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0009: a process created in a method (<c>ChildProcess.Create</c> or <c>new</c> of a subclass), held only by a local,
/// started, and then never joined, awaited, closed nor disposed, and never handed to anything outside the method.
/// </summary>
/// <remarks>
/// Any use of the local other than a member access on it (passing it to a method, returning it, storing it in a field
/// or a collection, capturing it in a lambda) counts as leaving the method, and silences the diagnostic: someone else
/// may join it. Reading <c>IsAlive</c> or <c>Sentinel</c> counts as watching the child.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnjoinedProcessAnalyzer : ProcessUsageAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ProcessNeverJoined);

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols known) =>
        start.RegisterOperationAction(c => Analyze(c, known), OperationKind.VariableDeclarator);

    private static void Analyze(OperationAnalysisContext context, KnownSymbols known)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        var local = declarator.Symbol;
        if (!known.IsChildProcess(local.Type)
            || declarator.GetVariableInitializer() is not { } initializer
            || !CreatesProcess(initializer.Value, known)
            || declarator.Syntax is not VariableDeclaratorSyntax syntax)
        {
            return;
        }

        // 'using var p = ...' and 'using (var p = ...)' dispose it.
        for (var current = declarator.Parent; current is IVariableDeclarationOperation or IVariableDeclarationGroupOperation or IUsingDeclarationOperation or IUsingOperation; current = current.Parent)
        {
            if (current is IUsingDeclarationOperation or IUsingOperation)
            {
                return;
            }
        }

        var function = ProcessUses.Function(declarator);
        var started = false;
        foreach (var reference in ProcessUses.Root(declarator).Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (ProcessUses.Function(reference) != function)
            {
                return; // captured by a lambda or a local function: it may be joined there
            }

            if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
            {
                continue; // a new value for the variable
            }

            switch (ProcessUses.MemberUsed(reference))
            {
                case null:
                    return; // it leaves the method
                case "Start":
                    started = true;
                    break;
                case var member when ProcessUses.Waits(member) || member is "IsAlive" or "Sentinel":
                    return;
            }
        }

        if (started)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ProcessNeverJoined,
                syntax.Identifier.GetLocation(),
                local.Name,
                ProcessUses.DescribeOwner(context.ContainingSymbol)));
        }
    }

    private static bool CreatesProcess(IOperation value, KnownSymbols known)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IInvocationOperation invocation => known.IsCreate(invocation.TargetMethod),
            IObjectCreationOperation creation => known.IsChildProcess(creation.Type),
            _ => false,
        };
    }
}
