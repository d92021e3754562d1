using System.Text.Json.Nodes;
using LangSon.Notify.Understanding.Lexicon;

namespace LangSon.Notify.Understanding.Tests.Lexicon;

public sealed class AgencyLexiconTests
{
    private static readonly AgencyLexicon Lexicon = AgencyLexicon.Default;

    [Fact]
    public void Default_EmbeddedFile_HasAVersionAndEveryBlockCitesItsSource()
    {
        using var stream = typeof(AgencyLexicon).Assembly.GetManifestResourceStream("LangSon.Notify.Understanding.Lexicon.lexicon.json");
        var json = JsonNode.Parse(stream!)!;

        Assert.False(string.IsNullOrWhiteSpace(Lexicon.Version));
        Assert.All(json["blocks"]!.AsArray(), block =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)block!["source"]), $"block {block["id"]} cites no source");
            Assert.NotEmpty(block["entries"]!.AsArray());
        });
    }

    [Theory]
    [InlineData("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính")]
    [InlineData("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ")]
    [InlineData("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường")]
    [InlineData("Bộ Giao thông vận tải", "Bộ Xây dựng")]
    [InlineData("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")]
    [InlineData("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo")]
    [InlineData("Sở Kế hoạch và Đầu tư", "Sở Tài chính")]
    public void Find_BodyMergedIn2025_NamesItsSuccessorWhichIsInTheLexicon(string name, string successor)
    {
        var entry = Lexicon.Find(name);

        Assert.NotNull(entry);
        Assert.Equal(successor, entry.Successor);
        Assert.NotNull(entry.To);
        Assert.NotNull(Lexicon.Find(successor));
    }

    [Fact]
    public void Successors_EveryOneIsItselfInTheLexicon()
    {
        Assert.All(Lexicon.Entries.Where(e => e.Successor is not null), e => Assert.NotNull(Lexicon.Find(e.Successor!)));
    }

    [Theory]
    [InlineData("LDTBXH", "Lao động - Thương binh và Xã hội")]
    [InlineData("LĐ-TB&XH", "Lao động - Thương binh và Xã hội")]
    [InlineData("GDDT", "Giáo dục và Đào tạo")]
    [InlineData("ldld", "Liên đoàn Lao động")]
    public void Folded_IgnoresDiacriticsCaseAndJoiners(string printed, string expansion)
    {
        Assert.Contains(Lexicon.Folded(printed), r => r.Expansion == expansion);
    }

    [Theory]
    [InlineData("Lao động - Thương binh và Xã hội", "ldtbxh")]
    [InlineData("Ủy ban nhân dân", "ubnd")]
    [InlineData("Cục Cơ sở hạ tầng và Thiết bị y tế", "ccshttbyt")]
    public void InitialsOf_SkipsVaAndPunctuation(string name, string initials)
    {
        Assert.Equal(initials, AgencyLexicon.InitialsOf(name));
    }

    [Fact]
    public void Exact_ShortFieldCode_OnlyReadsAfterItsHead()
    {
        var readings = Lexicon.Exact("TC");

        Assert.NotEmpty(readings);
        Assert.All(readings, r => Assert.NotNull(r.AfterHead));
    }
}
