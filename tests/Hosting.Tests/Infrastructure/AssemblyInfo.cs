// The tests start real worker processes on a small machine: run them one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
