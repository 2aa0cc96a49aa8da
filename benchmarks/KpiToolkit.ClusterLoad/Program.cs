// The Orleans cluster's load test, a program of its own: BenchmarkDotNet's project pins a Roslyn older than Orleans'.
//   dotnet run -c Release --project benchmarks/KpiToolkit.ClusterLoad -- [--seconds 30] [--silos 1,2,3] [--mentions 1000000]
return KpiToolkit.ClusterLoad.ClusterLoad.Run(args);
