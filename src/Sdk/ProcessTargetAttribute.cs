namespace Multiprocessing;

/// <summary>
/// Marks a static method as a target that can run in a child process (Python's <c>Process(target=...)</c>).
/// </summary>
/// <remarks>
/// The source generator emits, for every marked method, a stable target id, a registry entry, a typed
/// dispatcher and the marshalling code of its parameters and result. Pass the method group to
/// <see cref="ChildProcess.Create(Action)"/> (or one of its overloads): the call is checked by the compiler
/// and runs without reflection.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ProcessTargetAttribute : Attribute
{
}
