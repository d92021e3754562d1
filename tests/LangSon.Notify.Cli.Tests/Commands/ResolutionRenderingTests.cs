using System.Text.Json.Nodes;
using LangSon.Notify.Cli.Commands;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Cli.Tests.Commands;

public sealed class ResolutionRenderingTests
{
    private static ResolvedNotice Resolve()
    {
        var lines = new[] { "- Sở KH&ĐT;", "- UBND các huyện, thành phố;", "- Sở Giáo dục Đào tạo;", "- Lưu: VT, THNC." };
        var notice = new ParsedNotice
        {
            Document = new NoticeMetadata { Date = new NoticeDate(2020, 7, 20) },
            Tasks =
            [
                new NoticeTask("(7)", "3.", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với UBND huyện, thành phố xây dựng Quy hoạch tỉnh.", null,
                    [new TaskAgency("Sở Kế hoạch và Đầu tư", AgencyRole.Lead), new TaskAgency("UBND huyện, thành phố", AgencyRole.Coordinator)]),
            ],
            RecipientLines = lines,
            Recipients =
            [
                new RecipientMention(0, lines[0], "Sở Kế hoạch và Đầu tư", false, null),
                new RecipientMention(1, lines[1], "Ủy ban nhân dân các huyện, thành phố", true, null),
                new RecipientMention(2, lines[2], "Sở Giáo dục Đào tạo", false, null),
            ],
            Archive = ["VT", "THNC"],
        };
        return new NoticeResolver(DirectoryCommand.LoadCatalog(null)).Resolve(notice);
    }

    [Fact]
    public void AddTo_InspectJson_AddsResolvedEntriesPerMentionAndExcerptsPerRecipient()
    {
        var json = new JsonObject();

        ResolutionRendering.AddTo(json, Resolve());

        var recipients = json["recipients"]!.AsArray();
        Assert.Equal(3, recipients.Count);
        Assert.Equal("so-khdt", recipients[0]!["resolved"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Sở Kế hoạch và Đầu tư", recipients[0]!["resolved"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(11, recipients[1]!["resolved"]!.AsArray().Count);
        Assert.Empty(recipients[2]!["resolved"]!.AsArray());

        var khdt = json["excerpts"]!.AsArray().Single(e => e!["recipientId"]!.GetValue<string>() == "so-khdt")!;
        var item = khdt["items"]![0]!;
        Assert.Equal("(7)", item["taskLabel"]!.GetValue<string>());
        Assert.Equal("lead", item["reason"]!.GetValue<string>());
        Assert.Equal("lead", item["role"]!.GetValue<string>());

        var unresolved = json["unresolved"]!.AsArray().Single()!;
        Assert.Equal("Sở Giáo dục và Đào tạo", unresolved["candidates"]![0]!.GetValue<string>());
    }

    [Fact]
    public void AddTo_ExistingRecipientsArray_IsExtendedInPlace()
    {
        var json = new JsonObject { ["recipients"] = new JsonArray(new JsonObject { ["x"] = 1 }, new JsonObject { ["x"] = 2 }, new JsonObject { ["x"] = 3 }) };

        ResolutionRendering.AddTo(json, Resolve());

        Assert.Equal(2, json["recipients"]![1]!["x"]!.GetValue<int>());
        Assert.NotNull(json["recipients"]![1]!["resolved"]);
    }

    [Fact]
    public void WriteText_ShowsEntriesExcerptsUnresolvedAndWarnings()
    {
        var output = new StringWriter();

        ResolutionRendering.WriteText(output, Resolve());

        var text = output.ToString();
        Assert.Contains("[0] Sở Kế hoạch và Đầu tư → 1: Sở Kế hoạch và Đầu tư", text, StringComparison.Ordinal);
        Assert.Contains("(7)   lead        chủ trì:", text, StringComparison.Ordinal);
        Assert.Contains("did you mean: Sở Giáo dục và Đào tạo", text, StringComparison.Ordinal);
        Assert.Contains("line-unresolved", text, StringComparison.Ordinal);
    }
}
