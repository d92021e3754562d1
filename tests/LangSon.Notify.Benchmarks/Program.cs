using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/LangSon.Notify.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
