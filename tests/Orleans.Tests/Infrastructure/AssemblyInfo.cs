// The tests start in-process silos whose pools run real worker processes, on a small machine: one test at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
