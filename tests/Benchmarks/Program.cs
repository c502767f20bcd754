// The SDK's benchmark (tests/Benchmarks/CONTRACT.md):
//   dotnet run -c Release --project tests/Benchmarks -- [--quick] [--json FILE] [--list] [NAME ...]
using Multiprocessing;
using Multiprocessing.Benchmarks;

// Main stays tiny: a spawned child compiles Main before it reaches the guard, so the driver lives elsewhere.
Multiprocess.MainGuard();
return BenchmarkDriver.Run(args);
