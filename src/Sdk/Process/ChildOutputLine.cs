namespace Multiprocessing;

/// <summary>One line a child wrote to its standard output or error, when its output is redirected to the parent.</summary>
/// <param name="ProcessName">The child's process name.</param>
/// <param name="ProcessId">The child's pid.</param>
/// <param name="IsError">True for standard error.</param>
/// <param name="Text">The line, without its line break.</param>
public readonly record struct ChildOutputLine(string ProcessName, int ProcessId, bool IsError, string Text);
