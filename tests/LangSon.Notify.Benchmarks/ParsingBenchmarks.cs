using BenchmarkDotNet.Attributes;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Benchmarks;

/// <summary>Reading and parsing the seed notice in each format, as <c>notify inspect</c> does after opening the file.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParsingBenchmarks
{
    private readonly DocumentReader _reader = DocumentReader.Create();
    private readonly NoticeParser _parser = new();
    private byte[] _pdf = [];
    private byte[] _docx = [];
    private byte[] _text = [];
    private string _seedText = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pdf = SeedFiles.Read("seed-notice.pdf");
        _docx = SeedFiles.Read("seed-notice.docx");
        _text = SeedFiles.Read("seed-notice.txt");
        _seedText = _reader.Read(new MemoryStream(_text, writable: false), "seed-notice.txt").Text;
    }

    [Benchmark]
    public ParsedNotice ParseOnly() => _parser.Parse(_seedText);

    [Benchmark]
    public ParsedNotice ReadAndParsePdf() => _parser.Parse(_reader.Read(new MemoryStream(_pdf, writable: false), "seed-notice.pdf").Text);

    [Benchmark]
    public ParsedNotice ReadAndParseDocx() => _parser.Parse(_reader.Read(new MemoryStream(_docx, writable: false), "seed-notice.docx").Text);

    [Benchmark]
    public ParsedNotice ReadAndParseText() => _parser.Parse(_reader.Read(new MemoryStream(_text, writable: false), "seed-notice.txt").Text);
}
