using BenchmarkDotNet.Attributes;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Benchmarks;

/// <summary>Recipient resolution and excerpts: a 300-line Nơi nhận against 2,000 entries (target under 20 ms), and the seed notice.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ResolutionBenchmarks
{
    private NoticeResolver _synthetic = null!;
    private ParsedNotice _syntheticNotice = null!;
    private NoticeResolver _seed = null!;
    private ParsedNotice _seedNotice = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = SyntheticDirectory.Build();
        if (directory.Entries.Count < 2_000)
        {
            throw new InvalidOperationException($"The synthetic directory has {directory.Entries.Count} entries, not 2,000.");
        }

        _synthetic = new NoticeResolver(new DirectoryCatalog([directory]));
        _syntheticNotice = SyntheticDirectory.Notice();
        var check = _synthetic.Resolve(_syntheticNotice);
        Console.WriteLine($"// synthetic: {_syntheticNotice.RecipientLines.Count} lines, {check.Recipients.Count} recipients, {check.Unresolved.Count} unresolved");

        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        _seed = new NoticeResolver(DirectoryLoader.LoadFolder(seeds));
        _seedNotice = new NoticeParser().Parse(File.ReadAllText(Path.Combine(seeds, "seed-notice.txt")));
    }

    [Benchmark(Description = "300 lines × 2,000 entries")]
    public ResolvedNotice Synthetic300Lines() => _synthetic.Resolve(_syntheticNotice);

    [Benchmark(Description = "seed notice × 2020 directory")]
    public ResolvedNotice SeedNotice() => _seed.Resolve(_seedNotice);
}
