// The namespaces nearly every analyzer uses, imported once (as ImplicitUsings does for the SDK's projects), beside
// those of the travel rules (src/Rules/GlobalUsings.cs, compiled in here too).
global using Microsoft.CodeAnalysis.Diagnostics;
global using Microsoft.CodeAnalysis.Operations;
