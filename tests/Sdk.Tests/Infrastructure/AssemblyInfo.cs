// Process tests spawn real children on a 2-core machine and some change the environment children inherit:
// run them one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
