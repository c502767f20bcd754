using System.Runtime.ExceptionServices;

namespace Multiprocessing.Pool;

/// <summary>What an imap consumer does with a chunk taken from its stream.</summary>
internal static class ChunkResults
{
    /// <summary>The chunk's results, or its failure rethrown (with the stack it was raised with) in their place.</summary>
    internal static TResult[] ValuesOrThrow<TResult>(TResult[]? values, Exception? error)
    {
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return values!;
    }
}
