namespace Multiprocessing.Generators
{
    /// <summary>Constants about the generator, stamped into [GeneratedCode] attributes.</summary>
    internal static class ThisAssembly
    {
        public const string Version = "0.1.0";
    }
}
