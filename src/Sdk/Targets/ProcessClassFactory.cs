using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>
/// A generated factory that re-creates a <see cref="ChildProcess"/> subclass in the child from its marshalled fields.
/// </summary>
/// <param name="fields">The fields written by the parent's instance.</param>
/// <returns>The child's copy of the process object.</returns>
public delegate ChildProcess ProcessClassFactory(ref MarshalReader fields);
