using BenchmarkDotNet.Running;
using LangSon.Notify.Core.Reading;

// "dump FILE" prints what the reader makes of a file, page starts marked, to check extraction by eye.
if (args is ["dump", var path])
{
    await using var stream = File.OpenRead(path);
    var text = DocumentReader.Create().Read(stream, Path.GetFileName(path));
    Console.WriteLine($"# {text.Kind}, {text.PageStarts.Count} page(s), starts at {string.Join(", ", text.PageStarts)}");
    Console.WriteLine(text.Text);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
