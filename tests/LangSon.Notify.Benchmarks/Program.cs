using BenchmarkDotNet.Running;
using LangSon.Notify.Understanding.Reading;

// "dump FILE" prints what the reader makes of a file, page starts marked, to check extraction by eye.
if (args is ["dump", var path])
{
    await using var stream = File.OpenRead(path);
    var text = DocumentReader.Create().Read(stream, Path.GetFileName(path));
    Console.WriteLine($"# {text.Kind}, {text.PageStarts.Count} page(s), starts at {string.Join(", ", text.PageStarts)}");
    Console.WriteLine(text.Text);

    // A rough warm figure for quick checks; BenchmarkDotNet gives the real ones.
    var bytes = await File.ReadAllBytesAsync(path);
    var reader = DocumentReader.Create();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < 20; i++)
    {
        reader.Read(new MemoryStream(bytes, writable: false), path);
    }

    await Console.Error.WriteLineAsync($"{watch.Elapsed.TotalMilliseconds / 20:0.0} ms per read, average of 20");
    return 0;
}

// dotnet run -c Release --project tests/LangSon.Notify.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
