namespace Multiprocessing.Generators
{
    /// <summary>Names of the pipeline steps, for incremental-generation tests.</summary>
    internal static class TrackingNames
    {
        public const string Targets = "ProcessTargets";
        public const string TargetModels = "ProcessTargetModels";
        public const string ProcessClasses = "ProcessClasses";
        public const string ProcessClassModels = "ProcessClassModels";
        public const string Registry = "Registry";
        public const string Diagnostics = "Diagnostics";
    }
}
