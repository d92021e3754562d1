using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Directory;

public sealed class DirectoryValidatorTests
{
    private static DirectoryProblem SingleError(DirectoryCheck check) =>
        Assert.Single(check.Problems, p => p.Severity == DirectoryProblemSeverity.Error);

    [Fact]
    public void Check_ValidFile_HasNoProblemAndLoads()
    {
        var check = DirectoryJson.Check(DirectoryJson.File());

        Assert.Empty(check.Problems);
        Assert.True(check.IsValid);
        Assert.Equal(["so-yt"], check.Directory!.MembersOf("so-ban-nganh").Select(e => e.Id));
    }

    [Fact]
    public void Check_DuplicateId_ReportsTheSecondOccurrenceAndTheFirst()
    {
        var entries = DirectoryJson.ValidEntries + """
            , { "id": "so-yt", "name": "Sở Y tế (bản sao)", "kind": "organisation", "contacts": { "emails": ["x@langson.example"] } }
            """;

        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(entries)));

        Assert.Equal("duplicate-id", problem.Code);
        Assert.Equal("$.entries[2].id", problem.Location);
        Assert.Equal("so-yt", problem.EntryId);
        Assert.Contains("$.entries[1]", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"parent\": \"ubnd-huyen-x\"", "dangling-parent", "$.entries[2].parent")]
    [InlineData("\"groups\": [\"cac-xa\"]", "dangling-group", "$.entries[2].groups[0]")]
    [InlineData("\"successor\": \"so-tc\", \"abolished\": true", "dangling-successor", "$.entries[2].successor")]
    public void Check_DanglingReference_NamesTheField(string reference, string code, string location)
    {
        var entries = DirectoryJson.ValidEntries + $$"""
            , { "id": "so-khdt", "name": "Sở Kế hoạch và Đầu tư", "kind": "organisation", {{reference}},
                "contacts": { "emails": ["so-khdt@langson.example"] } }
            """;

        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(entries)));

        Assert.Equal(code, problem.Code);
        Assert.Equal(location, problem.Location);
        Assert.Equal("so-khdt", problem.EntryId);
    }

    [Theory]
    [InlineData("so-yt.langson.example")]
    [InlineData("Sở Y tế <so-yt@langson.example>")]
    [InlineData("so-yt@localhost")]
    public void Check_InvalidEmail_IsReportedWithItsIndex(string email)
    {
        var entries = $$"""
            { "id": "so-yt", "name": "Sở Y tế", "kind": "organisation", "contacts": { "emails": ["ok@langson.example", "{{email}}"] } }
            """;

        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(entries, "")));

        Assert.Equal("invalid-email", problem.Code);
        Assert.Equal("$.entries[0].contacts.emails[1]", problem.Location);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("024 3825 1234")]
    [InlineData("+84 999 555")]
    [InlineData("không có")]
    public void Check_InvalidMobile_IsReported(string mobile)
    {
        var entries = $$"""
            { "id": "so-yt", "name": "Sở Y tế", "kind": "organisation", "contacts": { "emails": ["so-yt@langson.example"], "mobiles": ["{{mobile}}"] } }
            """;

        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(entries, "")));

        Assert.Equal("invalid-phone", problem.Code);
        Assert.Equal("$.entries[0].contacts.mobiles[0]", problem.Location);
    }

    [Fact]
    public void Check_MissingName_IsReported()
    {
        var entries = """{ "id": "so-yt", "kind": "organisation", "contacts": { "emails": ["so-yt@langson.example"] } }""";

        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(entries, "")));

        Assert.Equal("missing-name", problem.Code);
        Assert.Equal("$.entries[0].name", problem.Location);
    }

    [Fact]
    public void Check_SeveralProblems_ReportsEveryOne()
    {
        var entries = """
            { "id": "a", "name": "A", "kind": "organisation", "parent": "nowhere", "contacts": { "emails": ["bad"] } },
            { "id": "a", "kind": "building", "contacts": { "emails": ["a@langson.example"], "channels": ["sms"] } }
            """;

        var codes = DirectoryJson.Check(DirectoryJson.File(entries, "")).Errors.Select(p => p.Code).ToList();

        Assert.Equal(["duplicate-id", "dangling-parent", "invalid-email", "missing-name", "unknown-kind", "channel-without-contact"], codes);
    }

    [Fact]
    public void Check_InvalidJson_GivesLineAndPath()
    {
        var check = DirectoryJson.Check("""{ "province": "Lạng Sơn", "effectiveFrom": 2020 }""");

        var problem = SingleError(check);
        Assert.Equal("invalid-json", problem.Code);
        Assert.StartsWith("$.effectiveFrom", problem.Location, StringComparison.Ordinal);
        Assert.Contains("line 1", problem.Location, StringComparison.Ordinal);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void Check_EffectiveToBeforeFrom_IsReported()
    {
        var problem = SingleError(DirectoryJson.Check(DirectoryJson.File(dates: "\"effectiveFrom\": \"2025-07-01\", \"effectiveTo\": \"2020-01-01\"")));

        Assert.Equal("$.effectiveTo", problem.Location);
    }

    [Fact]
    public void Check_GroupCycle_IsReported()
    {
        var groups = """
            { "id": "so-ban-nganh", "name": "Các sở, ban, ngành", "includes": ["cac-cap"] },
            { "id": "cac-cap", "name": "Các cấp, các ngành", "includes": ["so-ban-nganh"] }
            """;

        var codes = DirectoryJson.Check(DirectoryJson.File(groups: groups)).Errors.Select(p => p.Code).Distinct();

        Assert.Equal(["group-cycle"], codes);
    }

    [Fact]
    public void Check_NameSharedByTwoEntries_WarnsButLoads()
    {
        var entries = DirectoryJson.ValidEntries + """
            , { "id": "so-y-te-2", "name": "Sở Y Tế", "kind": "organisation", "contacts": { "emails": ["b@langson.example"] } }
            """;

        var check = DirectoryJson.Check(DirectoryJson.File(entries));

        var warning = Assert.Single(check.Problems);
        Assert.Equal(DirectoryProblemSeverity.Warning, warning.Severity);
        Assert.Equal("ambiguous-name", warning.Code);
        Assert.True(check.IsValid);
    }
}
