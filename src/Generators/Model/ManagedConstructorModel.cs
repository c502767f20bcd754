namespace Multiprocessing.Generators.Model
{
    /// <summary>A public constructor of a [ManagedType] class, numbered by its position.</summary>
    /// <param name="Parameters">The parameters in order.</param>
    /// <param name="Display">The constructor as the user writes it.</param>
    internal sealed record ManagedConstructorModel(EquatableArray<ParameterModel> Parameters, string Display);
}
