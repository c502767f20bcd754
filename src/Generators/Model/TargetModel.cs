namespace Multiprocessing.Generators.Model
{
    /// <summary>A valid <c>[ProcessTarget]</c> method, ready to emit.</summary>
    /// <param name="Id">The stable target id, e.g. <c>Demo.Worker.Square(int)</c>.</param>
    /// <param name="ContainingTypeName">The fully qualified containing type (<c>global::</c>).</param>
    /// <param name="MethodName">The method name, keyword-escaped.</param>
    /// <param name="Parameters">The parameters in order.</param>
    /// <param name="ReturnKind">How the method returns.</param>
    /// <param name="ResultTypeName">The fully qualified result type (the T of Task&lt;T&gt;), or null.</param>
    /// <param name="ReturnTypeName">The fully qualified declared return type, or null for void.</param>
    internal sealed record TargetModel(
        string Id,
        string ContainingTypeName,
        string MethodName,
        EquatableArray<ParameterModel> Parameters,
        ReturnKind ReturnKind,
        string? ResultTypeName,
        string? ReturnTypeName);
}
