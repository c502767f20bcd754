namespace Multiprocessing;

/// <summary>
/// Marks a class whose instances a manager server can hold and whose public methods clients call through a typed
/// proxy (Python's <c>BaseManager.register(typeid, callable)</c>). The source generator emits, next to the class,
/// extension methods on <see cref="ManagedObject{T}"/> for each public instance method (properties as
/// <c>GetX()</c>/<c>SetX(value)</c>), <c>Create{Name}(...)</c>/<c>Get{Name}(name, ...)</c> extension methods on
/// <see cref="ProcessManager"/> for each public constructor, and the server-side dispatcher.
/// </summary>
/// <remarks>
/// <para>Register the class with the server before clients create instances:
/// <c>new ManagerOptions().Register&lt;Counter&gt;()</c>. The server builds only registered types; no type names
/// are turned into types.</para>
/// <para>Arguments and results must be marshallable (as for <see cref="ProcessTargetAttribute"/> methods). Calls on
/// one instance are serialized by the server. The class must be non-generic, non-abstract, and accessible to the
/// generated code (internal or public).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ManagedTypeAttribute : Attribute
{
}
