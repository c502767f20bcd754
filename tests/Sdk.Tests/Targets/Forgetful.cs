using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>A record whose marshaller forgets <see cref="Note"/>: the kind of bug the in-process pool must still show.</summary>
[ProcessMarshaller(typeof(ForgetfulMarshaller))]
public sealed record Forgetful(int Value, string? Note);
