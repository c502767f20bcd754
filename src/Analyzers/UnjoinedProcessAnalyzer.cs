namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0009: a process, pool, queue or pipe end created in a method, held only by a local, and then never released there
/// (joined, closed, disposed, terminated as its kind asks) nor handed to anything outside the method.
/// </summary>
/// <remarks>
/// <para>What it looks for, by kind:</para>
/// <list type="bullet">
/// <item>a process (<c>ChildProcess.Create</c> or <c>new</c> of a subclass) that is started and never joined, awaited,
/// closed nor disposed; reading <c>IsAlive</c> or <c>Sentinel</c> counts as watching the child;</item>
/// <item>a pool (<c>new ProcessPool(...)</c>) never disposed, terminated, nor closed and joined: its workers outlive
/// the method;</item>
/// <item>a queue (<c>ProcessQueue&lt;T&gt;.Create</c>, <c>JoinableProcessQueue&lt;T&gt;.Create</c>,
/// <c>SimpleProcessQueue&lt;T&gt;.Create</c>) never closed nor disposed: its shared memory stays mapped;</item>
/// <item>each end of a pipe (<c>var (a, b) = ProcessPipe.Create&lt;T&gt;()</c>, or <c>pipe.First</c> and
/// <c>pipe.Second</c> of a tuple local) never closed nor disposed.</item>
/// </list>
/// <para>A <c>using</c> declaration or statement releases it. Any use of the local other than a member access on it
/// (passing it to a method such as <c>ChildProcess.Create</c>, returning it, storing it in a field or a collection,
/// capturing it in a lambda) counts as leaving the method, and silences the diagnostic: someone else may release it.</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnjoinedProcessAnalyzer : ProcessUsageAnalyzer
{
    /// <summary>The diagnostic property that names the kind of object (a <see cref="LeakKind"/> name).</summary>
    internal const string KindProperty = "Kind";

    /// <summary>The diagnostic property with the expression to release (<c>p</c>, <c>pipe.First</c>).</summary>
    internal const string TargetProperty = "Target";

    /// <summary>Creates the analyzer.</summary>
    public UnjoinedProcessAnalyzer()
        : base(DiagnosticDescriptors.ProcessNeverJoined)
    {
    }

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols known)
    {
        start.RegisterOperationAction(c => AnalyzeDeclarator(c, known), OperationKind.VariableDeclarator);
        start.RegisterOperationAction(c => AnalyzeDeconstruction(c, known), OperationKind.DeconstructionAssignment);
    }

    private static void AnalyzeDeclarator(OperationAnalysisContext context, KnownSymbols known)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        var local = declarator.Symbol;
        if (declarator.GetVariableInitializer() is not { } initializer
            || Classify(initializer.Value, local.Type, known) is not { } kind)
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

        if (kind != LeakKind.PipeEnd)
        {
            if (IsLeaked(declarator, local, element: -1, kind))
            {
                Report(context, local, local.Name, kind);
            }

            return;
        }

        // A tuple local: each end, pipe.First and pipe.Second, is followed on its own.
        if (local.Type is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Length == 2)
        {
            for (var element = 0; element < 2; element++)
            {
                if (IsLeaked(declarator, local, element, kind))
                {
                    Report(context, local, local.Name + "." + tuple.TupleElements[element].Name, kind);
                }
            }
        }
    }

    // 'var (a, b) = ProcessPipe.Create<T>()' and '(var a, var b) = ...': each end declared here is followed on its own.
    private static void AnalyzeDeconstruction(OperationAnalysisContext context, KnownSymbols known)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        if (Unwrap(deconstruction.Value) is not IInvocationOperation invocation || !known.IsPipeCreate(invocation.TargetMethod))
        {
            return;
        }

        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is not ITupleOperation tuple)
        {
            return;
        }

        foreach (var element in tuple.Elements)
        {
            var reference = element is IDeclarationExpressionOperation declared ? declared.Expression : element;
            if (reference is ILocalReferenceOperation { IsDeclaration: true } end
                && IsLeaked(deconstruction, end.Local, element: -1, LeakKind.PipeEnd))
            {
                Report(context, end.Local, end.Local.Name, LeakKind.PipeEnd);
            }
        }
    }

    // The kind of object the initializer creates, when the local holds it whole.
    private static LeakKind? Classify(IOperation value, ITypeSymbol type, KnownSymbols known)
    {
        value = Unwrap(value);
        switch (value)
        {
            case IInvocationOperation invocation when known.IsCreate(invocation.TargetMethod) && known.IsChildProcess(type):
            case IObjectCreationOperation creation when known.IsChildProcess(creation.Type) && known.IsChildProcess(type):
                return LeakKind.Process;
            case IObjectCreationOperation creation when known.IsProcessPool(creation.Type):
                return LeakKind.Pool;
            case IInvocationOperation invocation when known.IsQueueCreate(invocation.TargetMethod):
                return LeakKind.Queue;
            case IInvocationOperation invocation when known.IsPipeCreate(invocation.TargetMethod):
                return LeakKind.PipeEnd;
            default:
                return null;
        }
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>
    /// Whether the object in <paramref name="local"/> (or in its tuple element <paramref name="element"/>, when not -1)
    /// stays in the method and is never released there.
    /// </summary>
    private static bool IsLeaked(IOperation declaration, ILocalSymbol local, int element, LeakKind kind)
    {
        var function = ProcessUses.Function(declaration);
        var members = new HashSet<string>();
        foreach (var reference in ProcessUses.Root(declaration).Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local) || reference.IsDeclaration)
            {
                continue;
            }

            if (ProcessUses.Function(reference) != function)
            {
                return false; // captured by a lambda or a local function: it may be released there
            }

            if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference)
            {
                continue; // a new value for the variable
            }

            IOperation use = reference;
            if (element >= 0)
            {
                if (reference.Parent is not IFieldReferenceOperation field || field.Instance != reference)
                {
                    return false; // the whole pair leaves (passed, returned, deconstructed into other variables)
                }

                if (TupleIndex(field.Field) != element)
                {
                    continue; // the other end
                }

                use = field;
            }

            if (ProcessUses.MemberUsed(use) is not { } member)
            {
                return false; // it leaves the method
            }

            members.Add(member);
        }

        return kind switch
        {
            LeakKind.Process => members.Contains("Start")
                && !members.Any(m => ProcessUses.Waits(m) || m is "IsAlive" or "Sentinel"),
            LeakKind.Pool => !members.Overlaps(new[] { "Dispose", "DisposeAsync", "Terminate" })
                && !(members.Contains("Close") && (members.Contains("Join") || members.Contains("JoinAsync"))),
            _ => !members.Contains("Close") && !members.Contains("Dispose"),
        };
    }

    // 0 for Item1 (or the element named in its place), 1 for Item2, ...
    private static int TupleIndex(IFieldSymbol field)
    {
        var name = (field.CorrespondingTupleField ?? field).Name;
        return name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(name.Substring(4), out var n) ? n - 1 : -1;
    }

    private static void Report(OperationAnalysisContext context, ILocalSymbol local, string name, LeakKind kind)
    {
        var (noun, state, consequence, remedy) = kind switch
        {
            LeakKind.Process => (
                "Process",
                "is started but never joined, awaited, closed or disposed",
                "nothing waits for the child or collects its exit code",
                $"call '{name}.Join()' (or 'await {name}.JoinAsync()') after its last use, or declare it with 'using var'"),
            LeakKind.Pool => (
                "Pool",
                "is never disposed, closed and joined, or terminated",
                "its worker processes outlive this method",
                $"declare it with 'using var {name} = ...' (the workers are terminated at the end of the scope), or call '{name}.Close()' then '{name}.Join()' to let submitted tasks finish"),
            LeakKind.Queue => (
                "Queue",
                "is never closed or disposed",
                "its shared-memory buffer, and any items left in it, stay mapped until this process exits",
                $"declare it with 'using var {name} = ...', or call '{name}.Close()' after its last use"),
            _ => (
                "Pipe end",
                "is never closed or disposed",
                "its shared-memory buffer stays mapped until this process exits",
                $"call '{name}.Close()' after its last use, or hand it to the child that uses it"),
        };

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(KindProperty, kind.ToString())
            .Add(TargetProperty, name);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ProcessNeverJoined,
            local.Locations[0],
            properties,
            noun,
            name,
            state,
            ProcessUses.DescribeOwner(context.ContainingSymbol),
            consequence,
            remedy));
    }
}

/// <summary>The kinds of object MP0009 follows; the name travels to the code fix in the diagnostic's properties.</summary>
internal enum LeakKind
{
    /// <summary>A child process.</summary>
    Process,

    /// <summary>A process pool.</summary>
    Pool,

    /// <summary>A queue (shared memory).</summary>
    Queue,

    /// <summary>One end of a pipe (shared memory).</summary>
    PipeEnd,
}
