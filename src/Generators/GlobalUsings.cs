// The models nearly every file of the generator uses, imported once, beside the namespaces of the travel rules
// (src/Rules/GlobalUsings.cs, compiled in here too).
global using Multiprocessing.Generators.Model;
