using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

/// <summary>The parts of a Nơi nhận line (position, unit chain, place, person, purpose) and the rules that distribute them.</summary>
public sealed class MentionGrammarTests
{
    private const string Province = "Ủy ban nhân dân tỉnh Sơn Cước";

    private static List<RecipientMention> Split(string line, string? issuer = Province) => MentionSplitter.Split(0, line, "Tỉnh ủy", issuer).ToList();

    private static string[] Mentions(string line, string? issuer = Province) => Split(line, issuer).Select(m => m.Mention).ToArray();

    [Fact]
    public void Split_ListUnderSeveralHeads_GivesEachCodeTheHeadTheLexiconKnowsItBy()
    {
        Assert.Equal(["Vụ Pháp chế", "Cục Quản lý Dược", "Cục An toàn thực phẩm"], Mentions("- Các Vụ, Cục: PC, QLD, ATTP;", "Bộ Y tế"));
    }

    [Fact]
    public void Split_ListClosedByItsMinistryInParentheses_PutsEveryUnitUnderIt()
    {
        Assert.Equal(["Vụ Hợp tác quốc tế - Bộ Tài chính", "Cục Tài chính doanh nghiệp - Bộ Tài chính"], Mentions("- Các Vụ: HTQT. TCDN (BTC);", "Bộ Tài chính"));
    }

    [Fact]
    public void Split_HeadListedWithCodesOfItsUnits_EachCodeIsAPositionOrUnitOfTheHead()
    {
        Assert.Equal(
            [
                "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
                "Phòng Tổng hợp - Văn phòng Ủy ban nhân dân tỉnh", "Phòng Kinh tế - Văn phòng Ủy ban nhân dân tỉnh",
            ],
            Mentions("- VP UBND tỉnh: CVP, các PCVP, phòng TH, KT;"));
    }

    [Fact]
    public void Split_PositionOfEachListedBody_IsDistributed()
    {
        Assert.Equal(["Giám đốc Sở Nội vụ", "Giám đốc Sở Y tế"], Mentions("- Giám đốc các Sở: Nội vụ, Y tế;"));
    }

    [Fact]
    public void Split_UnitInParenthesesAfterItsMinistry_IsTheUnitOfThatMinistry()
    {
        Assert.Equal(["Cục Q12 - Bộ Quốc phòng"], Mentions("- Bộ Quốc phòng (Cục Q12);"));
    }

    [Fact]
    public void Split_UnitFollowedByItsMinistry_IsOneMention()
    {
        Assert.Equal(["Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ"], Mentions("- Cục KSTTHC, Văn phòng Chính phủ;"));
    }

    [Fact]
    public void Split_PersonInParenthesesAfterAPosition_IsAttachedToThatPositionOnly()
    {
        var mentions = Split("- Giám đốc, PGĐ Sở Y tế (đ/c Minh Châu);");

        Assert.Equal(["Giám đốc Sở Y tế", "Phó Giám đốc Sở Y tế (đồng chí Minh Châu)"], mentions.Select(m => m.Mention));
        Assert.Null(mentions[0].Person);
        Assert.Equal("Minh Châu", mentions[1].Person);
    }

    [Fact]
    public void Split_BareHeadOfAPosition_TakesTheDeputysOwner()
    {
        Assert.Equal(["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh"], Mentions("- Chánh, PCVP UBND tỉnh;"));
    }

    [Fact]
    public void Split_NameAbbreviatedWordByWordAcrossCommas_StaysOneMention()
    {
        Assert.Equal(["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"], Mentions("- Trung tâm xúc tiến ĐT, TM và DL tỉnh;"));
    }

    [Fact]
    public void Split_DivisionWithoutOwnerInAPeoplesCommitteeNotice_IsADivisionOfItsOffice()
    {
        Assert.Equal(
            ["Phòng Tổng hợp - Nội chính - Văn phòng Ủy ban nhân dân tỉnh", "Trung tâm Thông tin - Văn phòng Ủy ban nhân dân tỉnh"],
            Mentions("- Phòng THNC, TTTT;"));
    }

    [Fact]
    public void Split_OfficeLeadersWithoutOwner_AreTheIssuersOffice()
    {
        Assert.Equal(["Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh"], Mentions("- LĐVP;"));
    }

    [Fact]
    public void Split_DepartmentWithoutPlaceInAMinistrysNotice_IsEveryProvincesDepartment()
    {
        var mention = Assert.Single(Split("- Sở Tư pháp (để thực hiện);", "Bộ Tư pháp"));

        Assert.Equal("Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", mention.Mention);
        Assert.True(mention.IsGroup);
    }

    [Fact]
    public void Split_IssuersPlaceByItsInitials_IsWrittenOut()
    {
        Assert.Equal(["Ban Quản lý Khu kinh tế cửa khẩu Tân Thanh - Sơn Cước"], Mentions("- BQL Khu KTCK Tân Thanh - SC;"));
    }

    [Fact]
    public void Split_AddressLine_GivesNoMention()
    {
        Assert.Empty(Split("Số 12 đường Hoa Mai, phường Đông Kinh, TP. Sơn Cước"));
    }

    [Theory]
    [InlineData("- Bộ Nội v;", "not-in-lexicon")]
    [InlineData("- Sở;", "incomplete-name")]
    [InlineData("- Phòng QXZ;", "unknown-abbreviation")]
    [InlineData("- Các Vụ va don vi thuộc Bộ;", "ocr-noise")]
    [InlineData("- Ban Đặc nhiệm Thời tiết tỉnh, phố Hoa Mai, phường Đông Kinh;", "address-like")]
    public void Split_IllFormedName_IsDoubtfulWithItsReason(string line, string reason)
    {
        var mentions = Split(line);

        Assert.Contains(mentions, m => m.Doubtful && m.DoubtReasons!.Any(d => d.StartsWith(reason, StringComparison.Ordinal)));
        Assert.All(mentions.Where(m => m.Doubtful), m => Assert.True(m.Confidence < 1.0));
    }

    [Theory]
    [InlineData("- Sở Tài chính;")]
    [InlineData("- Bộ trưởng Bộ Dân tộc và Tôn giáo;")]
    [InlineData("- Hiệp hội Doanh nghiệp nhỏ tỉnh;")]
    [InlineData("- Phó Thủ tướng Nguyễn Văn Giả;")]
    [InlineData("- VNPT Sơn Cước;")]
    [InlineData("- Tổng cục Địa chất và Khoáng sản Việt Nam;")]
    [InlineData("- Các cơ quan, đơn vị Trung ương trên địa bàn tỉnh;")]
    [InlineData("- Các thành viên BCĐ tỉnh;")]
    [InlineData("- Các Bộ, ngành Trung ương;")]
    [InlineData("- Thống kê tỉnh Sơn Cước;")]
    [InlineData("- Các xã, phường;")]
    [InlineData("- Điện lực Sơn Cước;")]
    public void Split_WellFormedNameOutsideAnyDirectory_IsNotDoubtful(string line)
    {
        Assert.All(Split(line), m => Assert.False(m.Doubtful, string.Join(", ", m.DoubtReasons ?? [])));
    }

    [Theory]
    [InlineData("- Công ty CP Hoa Mai;", "Công ty cổ phần Hoa Mai")]
    [InlineData("- Công ty TNHH MTV Sông Giả;", "Công ty trách nhiệm hữu hạn một thành viên Sông Giả")]
    [InlineData("- Phòng TC-KH các huyện;", "Phòng Tài chính - Kế hoạch các huyện")]
    public void Split_CompanyFormsAndDistrictDivisions_ReadInTheirContext(string line, string expected)
    {
        var mention = Assert.Single(Split(line));

        Assert.Equal(expected, mention.Mention);
        Assert.False(mention.Doubtful);
    }

    [Fact]
    public void Split_PersonBeforeTheirPosition_IsAttachedToIt()
    {
        var mention = Assert.Single(Split("- Đ/c Trần Văn Giả - PCT UBND tỉnh;"));

        Assert.Equal("Phó Chủ tịch Ủy ban nhân dân tỉnh (đồng chí Trần Văn Giả)", mention.Mention);
        Assert.Equal("Trần Văn Giả", mention.Person);
        Assert.False(mention.Doubtful);
    }

    [Theory]
    [InlineData("- UBND các huyện: Tân Thanh, Hoa Mai;", "Ủy ban nhân dân huyện Tân Thanh|Ủy ban nhân dân huyện Hoa Mai")]
    [InlineData("- Chủ tịch UBND các xã, phường: Đông Kinh, phường Bắc Giả;", "Chủ tịch Ủy ban nhân dân xã Đông Kinh|Chủ tịch Ủy ban nhân dân phường Bắc Giả")]
    public void Split_ListOfPlacesUnderABody_GivesTheBodyOfEachPlace(string line, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentions(line));
    }

    [Fact]
    public void Split_SeveralUnitsInParenthesesAfterTheirMinistry_EachBelongsToIt()
    {
        Assert.Equal(["Vụ Kế hoạch - Tài chính - Bộ Y tế", "Cục Quản lý Dược - Bộ Y tế"], Mentions("- Bộ Y tế (Vụ KHTC, Cục QLD);"));
    }

    [Theory]
    [InlineData("- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;", "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ")]
    [InlineData("- Các Vụ, Cục, đơn vị thuộc Bộ;", "Các Vụ, Cục, đơn vị thuộc Bộ")]
    public void Split_PluralHeadCoordinatingWhatFollows_IsOneGroup(string line, string expected)
    {
        var mention = Assert.Single(Split(line, "Bộ Nội vụ"));

        Assert.Equal(expected, mention.Mention);
        Assert.True(mention.IsGroup);
        Assert.False(mention.Doubtful);
    }

    [Theory]
    [InlineData("- BCH QS tỉnh;", "Bộ Chỉ huy Quân sự tỉnh")]
    [InlineData("- BCH BĐBP tỉnh;", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]
    [InlineData("- BCH Công đoàn tỉnh;", "Ban Chấp hành Công đoàn tỉnh")]
    public void Split_AbbreviationReadByTheWordAfterIt(string line, string expected)
    {
        Assert.Equal([expected], Mentions(line));
    }
}
