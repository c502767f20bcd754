using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>
/// A generated dispatcher: reads a target's arguments from <paramref name="arguments"/>, calls the target (awaiting
/// it when it is async) and writes its result (nothing for void targets) to <paramref name="result"/>.
/// </summary>
/// <param name="arguments">The marshalled arguments.</param>
/// <param name="result">Where the marshalled result goes.</param>
/// <param name="cancellationToken">
/// Passed to the target's <see cref="CancellationToken"/> parameter, if it has one: cancelled when the caller's token
/// is, or when the pool or host stops (see docs/cancellation.md).
/// </param>
/// <returns>A task that completes when the target has returned.</returns>
public delegate ValueTask TargetInvoker(ReadOnlyMemory<byte> arguments, MarshalWriter result, CancellationToken cancellationToken);
