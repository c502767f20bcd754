using System.Net;

namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A record with a member of a type the assembly does not own, marshalled by the assembly-level registration.</summary>
public sealed record Endpoint(IPAddress Address, int Port);
