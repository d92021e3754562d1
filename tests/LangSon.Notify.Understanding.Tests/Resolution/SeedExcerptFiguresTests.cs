using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;
using Xunit.Abstractions;

namespace LangSon.Notify.Understanding.Tests.Resolution;

/// <summary>How much an official reads, and that none of it is description: the seed read by the real parser.</summary>
public sealed class SeedExcerptFiguresTests(ITestOutputHelper output)
{
    private static readonly Lazy<ResolvedNotice> Seed = new(() => new NoticeResolver(Directories.SeedCatalog).Resolve(new NoticeParser().Parse(SeedNotice.Text)));

    [Fact]
    public void Resolve_ParsedSeed_NoRecipientReceivesADescriptiveSection()
    {
        var notice = Seed.Value.Notice;
        var descriptive = notice.Sections.Where(s => s.Kind == TaskKind.Descriptive).ToList();
        var openings = descriptive.SelectMany(s => s.Paragraphs).Select(p => p.Trim()).Where(p => p.Length >= 40).Select(p => p[..40]).ToList();
        var labels = notice.Tasks.Where(t => t.Kind == TaskKind.Descriptive).Select(t => t.Label).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(openings);
        Assert.All(Seed.Value.Recipients.SelectMany(r => r.Excerpts), e =>
        {
            Assert.False(e.TaskLabel is not null && labels.Contains(e.TaskLabel), $"descriptive item {e.TaskLabel} sent");
            Assert.DoesNotContain(openings, o => e.Text.Contains(o, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Resolve_ParsedSeed_ExcerptWordsPerEmailStayShort()
    {
        var words = Seed.Value.Recipients
            .Select(r => r.Excerpts.Sum(e => e.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))
            .Order()
            .ToList();
        var median = words.Count % 2 == 1 ? words[words.Count / 2] : (words[(words.Count / 2) - 1] + words[words.Count / 2]) / 2.0;

        output.WriteLine($"EXCERPT-WORDS recipients={words.Count} median={median} max={words[^1]}");

        // Before sections had kinds and long items were cut, the median email carried about 700 words and the largest over 2,000.
        Assert.InRange(median, 1, 400);
        Assert.InRange(words[^1], 1, 800);
    }
}
