using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Resolution;

/// <summary>The collective names notices use, as printed, expand to the directory's members.</summary>
public sealed class GroupPhraseTests
{
    private static readonly NoticeResolver Resolver = new(Directories.SeedCatalog);

    [Theory]
    [InlineData(2020, "Các sở, ban, ngành", 36)]
    [InlineData(2020, "các sở, ngành", 36)]
    [InlineData(2020, "Các Huyện ủy", 10)]
    [InlineData(2020, "HĐND các huyện, thành phố", 11)]
    [InlineData(2020, "UBND các huyện, thành phố", 11)]
    [InlineData(2020, "UBND huyện, thành phố", 11)]
    [InlineData(2020, "các đoàn thể tỉnh", 5)]
    [InlineData(2020, "Lãnh đạo Đoàn ĐBQH tỉnh", 2)]
    [InlineData(2020, "các Phó Chủ tịch UBND tỉnh", 2)]
    [InlineData(2020, "các phòng, đơn vị trực thuộc VP", 7)]
    [InlineData(2020, "các cấp, các ngành", 47)]
    [InlineData(2026, "UBND các xã, phường", 65)]
    [InlineData(2026, "HĐND, UBND các xã, phường", 130)]
    [InlineData(2026, "các cấp, các ngành", 95)]
    [InlineData(2026, "Các sở, ban, ngành", 30)]
    public void Resolve_GroupPhrase_ExpandsToItsMembers(int year, string phrase, int count)
    {
        var resolved = Resolver.Resolve(new NoticeBuilder().Dated(year, 8, 1).Line($"- {phrase};").Build());

        Assert.Empty(resolved.Unresolved);
        Assert.Equal(count, resolved.Recipients.Count);
    }

    [Fact]
    public void Resolve_AbolishedName_OffersItsSuccessorAsCandidate()
    {
        var resolved = Resolver.Resolve(new NoticeBuilder().Dated(2026, 8, 1).Line("- Sở TN&MT;").Build());

        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], unresolved.Candidates);
    }
}
