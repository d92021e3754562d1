using BenchmarkDotNet.Attributes;
using LangSon.Notify.Understanding.Reading;
using UglyToad.PdfPig;

namespace LangSon.Notify.Benchmarks;

/// <summary>Reading the seed notice in each format, from bytes already in memory.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadingBenchmarks
{
    private readonly DocumentReader _reader = DocumentReader.Create();
    private byte[] _pdf = [];
    private byte[] _docx = [];
    private byte[] _text = [];

    [GlobalSetup]
    public void Setup()
    {
        _pdf = SeedFiles.Read("seed-notice.pdf");
        _docx = SeedFiles.Read("seed-notice.docx");
        _text = SeedFiles.Read("seed-notice.txt");
    }

    [Benchmark]
    public DocumentText ReadPdf() => _reader.Read(new MemoryStream(_pdf, writable: false), "seed-notice.pdf");

    [Benchmark]
    public DocumentText ReadDocx() => _reader.Read(new MemoryStream(_docx, writable: false), "seed-notice.docx");

    /// <summary>The floor under ReadPdf: PdfPig alone opening the seed and finding its words, no layout.</summary>
    [Benchmark]
    public int PdfPigWordsFloor()
    {
        using var document = PdfDocument.Open(_pdf);
        return document.GetPages().Sum(page => page.GetWords().Count());
    }

    [Benchmark]
    public DocumentText ReadText() => _reader.Read(new MemoryStream(_text, writable: false), "seed-notice.txt");
}
