using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class AbbreviationsTests
{
    private static (string Text, ExpansionLog Log) Expand(string text, bool atItemStart = true)
    {
        var log = new ExpansionLog();
        return (Abbreviations.Expand(text, atItemStart, "Tỉnh ủy", log), log);
    }

    [Theory]
    [InlineData("Sở GDDT", "Sở Giáo dục và Đào tạo")]
    [InlineData("Sở LDTBXH", "Sở Lao động - Thương binh và Xã hội")]
    [InlineData("LDLD tỉnh", "Liên đoàn Lao động tỉnh")]
    public void Expand_CodeWithoutDiacritics_ReadsTheLexiconEntry(string printed, string expected)
    {
        var (text, log) = Expand(printed);

        Assert.Equal(expected, text);
        Assert.Empty(log.Doubts);
        Assert.Contains(log.Evidence, e => e.Contains("(printed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PCTUBND huyện", "Phó Chủ tịch Ủy ban nhân dân huyện", "PCT + UBND")]
    [InlineData("VPHĐNDTP", "Văn phòng Hội đồng nhân dân thành phố", "VPHĐND + TP")]
    public void Expand_RunTogetherCodes_SplitIntoKnownPieces(string printed, string expected, string pieces)
    {
        var (text, log) = Expand(printed);

        Assert.Equal(expected, text);
        Assert.Contains($"run-together: {printed.Split(' ')[0]} = {pieces}", log.Evidence);
    }

    [Fact]
    public void Expand_DottedPosition_IsReadBeforeTokens()
    {
        Assert.Equal("Trưởng phòng Kế toán", Expand("Tr.phòng Kế toán").Text);
    }

    [Theory]
    [InlineData("Sở TC", "Sở Tài chính")]
    [InlineData("Vụ HTQT", "Vụ Hợp tác quốc tế")]
    [InlineData("Phòng THNC", "Phòng Tổng hợp - Nội chính")]
    public void Expand_CodeAfterItsHead_ReadsTheHeadsFieldOrUnit(string printed, string expected)
    {
        Assert.Equal(expected, Expand(printed).Text);
    }

    [Fact]
    public void Expand_CodesSpellingAName_AreReadByInitialsAlignedWithTheWordsAround()
    {
        var (text, log) = Expand("Trung tâm XTĐTTM & DL tỉnh Sơn Cước");

        Assert.Equal("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Sơn Cước", text);
        Assert.Empty(log.Doubts);
        Assert.Contains(log.Evidence, e => e.StartsWith("initials: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Expand_CodeNothingExplains_StaysAsPrintedAndIsDoubtful()
    {
        var (text, log) = Expand("Phòng QXZ");

        Assert.Equal("Phòng QXZ", text);
        Assert.Equal(["unknown-abbreviation: QXZ"], log.Doubts);
    }

    [Fact]
    public void Expand_CodeWithTwoReadings_StaysAsPrintedWithBothCandidates()
    {
        var (text, log) = Expand("KGVX");

        Assert.Equal("KGVX", text);
        Assert.Contains(log.Doubts, d => d.StartsWith("several-candidates: KGVX", StringComparison.Ordinal));
    }

    [Fact]
    public void Expand_PlaceNameInCapitals_IsNotTakenForACode()
    {
        var (_, log) = Expand("Báo SƠN CƯỚC");

        Assert.Empty(log.Doubts);
    }

    [Theory]
    [InlineData("TT HĐND huyện", "Thường trực Hội đồng nhân dân huyện")]
    [InlineData("TT Y tế huyện", "Trung tâm Y tế huyện")]
    public void Expand_TTOpeningAnItem_IsStandingBodyOnlyBeforeACouncilOrCommittee(string printed, string expected)
    {
        Assert.Equal(expected, Expand(printed).Text);
    }
}
