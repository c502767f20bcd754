// The namespaces the travel rules use, imported once. These files are compiled into both the generator and the
// analyzers, so the imports hold for those two projects as well (each adds its own in its GlobalUsings.cs).
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Linq;
global using System.Threading;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
