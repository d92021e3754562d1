using System.Text.Json.Nodes;
using LangSon.Notify.Cli.Commands;

namespace LangSon.Notify.Cli.Tests.Commands;

public sealed class InspectCommandTests
{
    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    private static (int Code, string Out, string Err) Run(string path, bool json)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = InspectCommand.Run(new FileInfo(path), json, CliServices.Reader(), CliServices.Parser(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_SeedAsJson_PrintsTheStableDocument()
    {
        var (code, output, error) = Run(Seed("seed-notice.txt"), json: true);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(error);
        var root = JsonNode.Parse(output)!.AsObject();
        var document = root["document"]!.AsObject();
        Assert.Equal("Thông báo", (string?)document["type"]);
        Assert.Null(document["number"]);
        Assert.Null(document["date"]);
        Assert.Equal("Lạng Sơn", (string?)document["place"]);
        Assert.Equal("TL.", (string?)document["signer"]!["authority"]);
        Assert.Equal("Phạm Hùng Trường", (string?)document["signer"]!["name"]);
        Assert.True(document.ContainsKey("urgency"));
        Assert.True(document.ContainsKey("issuer"));
        Assert.True(document.ContainsKey("title"));
        Assert.Empty(root["addressees"]!.AsArray());
        var task7 = root["tasks"]!.AsArray().Single(t => (string?)t!["label"] == "(7)")!;
        Assert.Equal("chủ trì", (string?)task7["agencies"]![0]!["role"]);
        Assert.True(task7.AsObject().ContainsKey("deadline"));
        Assert.True(task7.AsObject().ContainsKey("dueDate"));
        Assert.Equal("directive", (string?)task7["kind"]);
        var lead = task7["agencies"]![0]!.AsObject();
        Assert.False((bool)lead["doubtful"]!);
        Assert.Equal(1.0, (double)lead["confidence"]!);
        Assert.Empty(lead["doubtReasons"]!.AsArray());
        var first = root["tasks"]!.AsArray().First(t => (string?)t!["label"] == "1.")!;
        Assert.Equal("descriptive", (string?)first["kind"]);
        Assert.Contains(root["sections"]!.AsArray(), s => (string?)s!["label"] == "2." && (string?)s["kind"] == "descriptive");
        var recipients = root["recipients"]!.AsArray();
        Assert.Equal(22, recipients.Count);
        Assert.All(recipients, r => Assert.True(r!.AsObject().ContainsKey("isGroup") && r.AsObject().ContainsKey("purpose") && r.AsObject().ContainsKey("line")));
        Assert.Equal(["VT", "THNC (ĐTK)"], root["archive"]!.AsArray().Select(a => (string?)a));
        Assert.Contains(root["warnings"]!.AsArray(), w => (string?)w!["code"] == "day-blank");
    }

    [Fact]
    public void Run_SeedPdfAsJson_ResolvesRecipientsAndExcerpts()
    {
        var (code, output, _) = Run(Seed("seed-notice.pdf"), json: true);

        Assert.Equal(ExitCodes.Ok, code);
        var root = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("2020-01-01", (string?)root["directoryEffective"]);
        var line8 = root["recipients"]!.AsArray().Where(r => (int)r!["line"]! == 8).ToList();
        Assert.Equal(22, line8.Sum(r => r!["resolved"]!.AsArray().Count));
        Assert.Empty(root["unresolved"]!.AsArray());
        var planning = root["excerpts"]!.AsArray().Single(e => (string?)e!["recipientId"] == "so-khdt")!;
        var first = planning["items"]![0]!;
        Assert.Equal("(7)", (string?)first["taskLabel"]);
        Assert.Equal("lead", (string?)first["reason"]);
    }

    [Fact]
    public void Run_SeedAsSummary_ShowsRecipientsPerLineAndArchive()
    {
        var (code, output, _) = Run(Seed("seed-notice.txt"), json: false);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("[8] - HĐND, UBND các huyện, thành phố;", output);
        Assert.Contains("→ Ủy ban nhân dân các huyện, thành phố", output);
        Assert.Contains("Lưu (archive, not recipients): VT, THNC (ĐTK)", output);
    }

    [Theory]
    [InlineData(new byte[0], 11, "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, 13, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2 }, 14, "PDF")]
    public void Run_BadInput_ExitsWithTheCodeOfItsClass(byte[] content, int expectedCode, string mentioned)
    {
        var path = Path.Combine(Path.GetTempPath(), $"notify-bad-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, content);
        try
        {
            var (code, output, error) = Run(path, json: true);

            Assert.Equal(expectedCode, code);
            Assert.Empty(output);
            var line = Assert.Single(error.Trim().Split('\n'));
            Assert.Contains(Path.GetFileName(path), line);
            Assert.Contains(mentioned, line, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_MissingFile_ExitsWithItsOwnCodeAndOneLine()
    {
        var (code, output, error) = Run("/nonexistent/notice.pdf", json: true);

        Assert.Equal(ExitCodes.FileNotFound, code);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("notice.pdf: file not found", error);
    }
}
