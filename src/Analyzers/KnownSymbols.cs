namespace Multiprocessing.Analyzers;

/// <summary>The types of the Multiprocessing runtime that the analyzers look for, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    /// <summary>The metadata name of the attribute that marks process targets.</summary>
    public const string ProcessTargetAttributeName = "Multiprocessing.ProcessTargetAttribute";

    /// <summary>The metadata name of the attribute that marks the target parameter of every API that takes a target.</summary>
    public const string ProcessTargetParameterAttributeName = "Multiprocessing.ProcessTargetParameterAttribute";

    /// <summary>The metadata name of the process type.</summary>
    public const string ChildProcessName = "Multiprocessing.ChildProcess";

    /// <summary>The metadata name of the static facade that declares the main guard.</summary>
    public const string MultiprocessName = "Multiprocessing.Multiprocess";

    /// <summary>The name of the main guard method.</summary>
    public const string MainGuardName = "MainGuard";

    /// <summary>The metadata name of the process pool.</summary>
    public const string ProcessPoolName = "Multiprocessing.ProcessPool";

    /// <summary>The metadata name of the queue (and the base of the joinable queue).</summary>
    public const string ProcessQueueName = "Multiprocessing.ProcessQueue`1";

    /// <summary>The metadata name of the simple queue.</summary>
    public const string SimpleProcessQueueName = "Multiprocessing.SimpleProcessQueue`1";

    /// <summary>The metadata name of the static class that creates pipes.</summary>
    public const string ProcessPipeName = "Multiprocessing.ProcessPipe";

    /// <summary>The metadata name of the exception a full queue throws (Python's <c>queue.Full</c>).</summary>
    public const string QueueFullExceptionName = "Multiprocessing.QueueFullException";

    /// <summary>The metadata name of the exception an empty queue throws (Python's <c>queue.Empty</c>).</summary>
    public const string QueueEmptyExceptionName = "Multiprocessing.QueueEmptyException";

    // Types whose use starts child processes, besides ChildProcess itself (resolved only when they exist).
    private static readonly string[] s_otherProcessStartingTypes =
    {
        "Multiprocessing.ProcessPool",
        "Multiprocessing.ProcessManager",
    };

    private KnownSymbols(
        INamedTypeSymbol? processTargetAttribute,
        INamedTypeSymbol? childProcess,
        INamedTypeSymbol? multiprocess,
        ImmutableArray<INamedTypeSymbol> processStartingTypes,
        INamedTypeSymbol? queueFullException,
        INamedTypeSymbol? queueEmptyException,
        INamedTypeSymbol? processPool,
        ImmutableArray<INamedTypeSymbol> queues,
        INamedTypeSymbol? processPipe,
        INamedTypeSymbol? processTargetParameterAttribute)
    {
        ProcessTargetParameterAttribute = processTargetParameterAttribute;
        ProcessPool = processPool;
        Queues = queues;
        ProcessPipe = processPipe;
        ProcessTargetAttribute = processTargetAttribute;
        ChildProcess = childProcess;
        Multiprocess = multiprocess;
        ProcessStartingTypes = processStartingTypes;
        QueueFullException = queueFullException;
        QueueEmptyException = queueEmptyException;
    }

    /// <summary><c>Multiprocessing.ProcessTargetAttribute</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessTargetAttribute { get; }

    /// <summary><c>Multiprocessing.ProcessTargetParameterAttribute</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessTargetParameterAttribute { get; }

    /// <summary><c>Multiprocessing.ChildProcess</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ChildProcess { get; }

    /// <summary><c>Multiprocessing.Multiprocess</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? Multiprocess { get; }

    /// <summary>The types whose use starts child processes (ChildProcess, ProcessPool, ...), those that exist.</summary>
    public ImmutableArray<INamedTypeSymbol> ProcessStartingTypes { get; }

    /// <summary><c>Multiprocessing.QueueFullException</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? QueueFullException { get; }

    /// <summary><c>Multiprocessing.QueueEmptyException</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? QueueEmptyException { get; }

    /// <summary><c>Multiprocessing.ProcessPool</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessPool { get; }

    /// <summary>The queue types that own shared memory (<c>ProcessQueue&lt;T&gt;</c>, <c>SimpleProcessQueue&lt;T&gt;</c>), those that exist.</summary>
    public ImmutableArray<INamedTypeSymbol> Queues { get; }

    /// <summary><c>Multiprocessing.ProcessPipe</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessPipe { get; }

    /// <summary>Whether the compilation references the runtime at all.</summary>
    public bool HasRuntime => ProcessTargetAttribute is not null || !ProcessStartingTypes.IsEmpty;

    /// <summary>Resolves the known types of <paramref name="compilation"/>.</summary>
    public static KnownSymbols Create(Compilation compilation)
    {
        var childProcess = compilation.GetTypeByMetadataName(ChildProcessName);
        var starting = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        if (childProcess is not null)
        {
            starting.Add(childProcess);
        }

        foreach (var name in s_otherProcessStartingTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                starting.Add(type);
            }
        }

        return new KnownSymbols(
            compilation.GetTypeByMetadataName(ProcessTargetAttributeName),
            childProcess,
            compilation.GetTypeByMetadataName(MultiprocessName),
            starting.ToImmutable(),
            compilation.GetTypeByMetadataName(QueueFullExceptionName),
            compilation.GetTypeByMetadataName(QueueEmptyExceptionName),
            compilation.GetTypeByMetadataName(ProcessPoolName),
            new[] { ProcessQueueName, SimpleProcessQueueName }
                .Select(compilation.GetTypeByMetadataName)
                .Where(t => t is not null)
                .Select(t => t!)
                .ToImmutableArray(),
            compilation.GetTypeByMetadataName(ProcessPipeName),
            compilation.GetTypeByMetadataName(ProcessTargetParameterAttributeName));
    }

    /// <summary>Whether <paramref name="type"/> is <c>ChildProcess</c>, <c>ChildProcess&lt;T&gt;</c> or a subclass.</summary>
    public bool IsChildProcess(ITypeSymbol? type) => ChildProcess is not null && DerivesFrom(type, ChildProcess);

    /// <summary>Whether <paramref name="type"/> is one of the process-starting types or derives from one.</summary>
    public bool IsProcessStartingType(ITypeSymbol? type)
    {
        foreach (var known in ProcessStartingTypes)
        {
            if (DerivesFrom(type, known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>ProcessPool</c> (or derives from it).</summary>
    public bool IsProcessPool(ITypeSymbol? type) => ProcessPool is not null && DerivesFrom(type, ProcessPool);

    /// <summary>
    /// Whether <paramref name="method"/> is the static <c>Create</c> factory of a queue (<c>ProcessQueue&lt;T&gt;</c>,
    /// <c>JoinableProcessQueue&lt;T&gt;</c>, <c>SimpleProcessQueue&lt;T&gt;</c>): the queue it returns owns new shared memory.
    /// </summary>
    public bool IsQueueCreate(IMethodSymbol? method)
    {
        if (method is not { Name: "Create", IsStatic: true })
        {
            return false;
        }

        foreach (var queue in Queues)
        {
            if (DerivesFrom(method.ContainingType, queue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> is <c>ProcessPipe.Create&lt;T&gt;</c>, which returns the two ends of a new pipe.</summary>
    public bool IsPipeCreate(IMethodSymbol? method) =>
        method is { Name: "Create", IsStatic: true }
        && ProcessPipe is not null
        && SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, ProcessPipe);

    /// <summary>Whether <paramref name="method"/> is marked <c>[ProcessTarget]</c>.</summary>
    public bool IsProcessTarget(IMethodSymbol method)
    {
        if (ProcessTargetAttribute is null)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ProcessTargetAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> is <c>Multiprocess.MainGuard</c>.</summary>
    public bool IsMainGuard(IMethodSymbol? method) =>
        method is not null
        && Multiprocess is not null
        && method.Name == MainGuardName
        && SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, Multiprocess);

    /// <summary>Whether <paramref name="method"/> is a <c>ChildProcess.Create</c> overload.</summary>
    public bool IsCreate(IMethodSymbol? method) =>
        method is not null
        && method.Name == "Create"
        && method.IsStatic
        && IsChildProcess(method.ContainingType);

    /// <summary>
    /// The exception that <paramref name="method"/> throws when it cannot put or get at once: <c>QueueFullException</c>
    /// for a <c>PutNowait</c>, <c>QueueEmptyException</c> for a <c>GetNowait</c>, of any type the runtime declares (so
    /// queues added later are covered by name); null for any other method.
    /// </summary>
    public INamedTypeSymbol? NowaitException(IMethodSymbol? method)
    {
        var exception = method?.Name switch
        {
            "PutNowait" => QueueFullException,
            "GetNowait" => QueueEmptyException,
            _ => null,
        };
        return exception is not null
            && SymbolEqualityComparer.Default.Equals(method!.ContainingType?.ContainingAssembly, exception.ContainingAssembly)
            ? exception
            : null;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
