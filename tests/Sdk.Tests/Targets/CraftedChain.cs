using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>
/// Stands for a <see cref="Node"/> chain of <see cref="Levels"/> nodes: its marshaller writes the chain's bytes
/// without building it (so a chain deeper than the writer's limit can be sent) and reads them back through the
/// generated <see cref="Node"/> marshaller, as a hostile peer's bytes would be read.
/// </summary>
[ProcessMarshaller(typeof(CraftedChainMarshaller))]
public sealed record CraftedChain(int Levels);
