using System.ComponentModel;

namespace Multiprocessing;

/// <summary>
/// Marks the parameter of an API that takes a process target (<see cref="ChildProcess.Create(Action)"/>,
/// <c>ProcessPool.Apply</c>, <c>Map</c>, <c>Starmap</c>, <c>Imap</c>, pool initializers, ...): the delegate passed there
/// must be a static <see cref="ProcessTargetAttribute"/> method group, converted to its own signature, and the
/// arguments it is given must be able to travel to another process.
/// </summary>
/// <remarks>
/// The Multiprocessing analyzers find target-taking calls by this attribute, not by method name, so a new API that
/// takes a target is checked as soon as its target parameter carries it (MP0002, MP0003, MP0004, MP0012, MP0013).
/// <see cref="ArgumentsParameter"/> names the parameter that holds the target's arguments: the value itself for a
/// target of one parameter, one tuple of every argument for two or more; with <see cref="EachItem"/> it is a
/// sequence, and each item holds the arguments of one call (<c>Map</c>, <c>Starmap</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ProcessTargetParameterAttribute : Attribute
{
    /// <summary>Marks a target parameter whose target takes no arguments from the caller.</summary>
    public ProcessTargetParameterAttribute()
    {
    }

    /// <summary>Marks a target parameter whose arguments are passed in the parameter named <paramref name="argumentsParameter"/>.</summary>
    /// <param name="argumentsParameter">The name of the parameter that holds the target's arguments.</param>
    public ProcessTargetParameterAttribute(string argumentsParameter)
    {
        ArgumentsParameter = argumentsParameter;
    }

    /// <summary>The name of the parameter that holds the target's arguments, or null when the caller passes none.</summary>
    public string? ArgumentsParameter { get; }

    /// <summary>
    /// Whether <see cref="ArgumentsParameter"/> is a sequence whose every item holds the arguments of one call of
    /// the target (the item itself for one parameter, a tuple for more), as in <c>Map</c> and <c>Starmap</c>.
    /// </summary>
    public bool EachItem { get; set; }
}
