using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers;

/// <summary>The types of the Multiprocessing runtime that the analyzers look for, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    /// <summary>The metadata name of the attribute that marks process targets.</summary>
    public const string ProcessTargetAttributeName = "Multiprocessing.ProcessTargetAttribute";

    /// <summary>The metadata name of the process type.</summary>
    public const string ChildProcessName = "Multiprocessing.ChildProcess";

    /// <summary>The metadata name of the static facade that declares the main guard.</summary>
    public const string MultiprocessName = "Multiprocessing.Multiprocess";

    /// <summary>The name of the main guard method.</summary>
    public const string MainGuardName = "MainGuard";

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
        INamedTypeSymbol? queueEmptyException)
    {
        ProcessTargetAttribute = processTargetAttribute;
        ChildProcess = childProcess;
        Multiprocess = multiprocess;
        ProcessStartingTypes = processStartingTypes;
        QueueFullException = queueFullException;
        QueueEmptyException = queueEmptyException;
    }

    /// <summary><c>Multiprocessing.ProcessTargetAttribute</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessTargetAttribute { get; }

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
            compilation.GetTypeByMetadataName(QueueEmptyExceptionName));
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
