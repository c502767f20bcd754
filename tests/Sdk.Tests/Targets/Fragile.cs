using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>A value whose hand-written marshaller refuses to read 13: a result the parent cannot read.</summary>
[ProcessMarshaller(typeof(FragileMarshaller))]
public sealed record Fragile(int Value);
