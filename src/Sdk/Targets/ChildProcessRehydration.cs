using System.ComponentModel;

namespace Multiprocessing.Targets;

/// <summary>
/// Marks the generated constructor that re-creates a <see cref="ChildProcess"/> subclass from its marshalled fields.
/// Not for use in user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ChildProcessRehydration
{
}
