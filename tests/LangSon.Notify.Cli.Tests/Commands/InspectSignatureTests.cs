using System.Text.Json.Nodes;
using LangSon.Notify.Cli.Commands;
using LangSon.Notify.Cli.Tests.Support;

namespace LangSon.Notify.Cli.Tests.Commands;

public sealed class InspectSignatureTests
{
    [CorpusFact]
    public void Run_SignedPdfsOfTheCorpus_IntactWithEverySignatureListed()
    {
        var pdfs = Corpus.Directory!.GetFiles("*.pdf");
        Assert.NotEmpty(pdfs);
        foreach (var pdf in pdfs)
        {
            var output = new StringWriter();
            var exit = InspectCommand.Run(pdf, json: true, null, CliServices.Reader(), CliServices.Parser(), output, new StringWriter());

            Assert.Equal(ExitCodes.Ok, exit);
            var signature = JsonNode.Parse(output.ToString())!["signature"]!;
            var signatures = signature["signatures"]!.AsArray();
            // No trust list is given, so intact signatures are "untrusted", never "valid", "altered" or "invalid".
            Assert.Equal("untrusted", (string?)signature["status"]);
            Assert.NotEmpty(signatures);
            Assert.All(signatures, s => Assert.Equal("untrusted", (string?)s!["status"]));
            Assert.True((bool)signatures[^1]!["coversWholeDocument"]!, pdf.Name);
            Assert.All(signatures, s => Assert.False(string.IsNullOrEmpty((string?)s!["signer"])));
        }
    }

    [Fact]
    public void Run_TextNotice_Unsigned()
    {
        var seed = new FileInfo(Path.Combine(AppContext.BaseDirectory, "seeds", "seed-notice.txt"));
        var output = new StringWriter();

        InspectCommand.Run(seed, json: true, null, CliServices.Reader(), CliServices.Parser(), output, new StringWriter());

        Assert.Equal("unsigned", (string?)JsonNode.Parse(output.ToString())!["signature"]!["status"]);
    }
}
