using System.Text.Json.Nodes;
using System.Xml.Linq;
using LangSon.Notify.Cli.Commands;

namespace LangSon.Notify.Cli.Tests.Commands;

public sealed class EdXmlCommandTests
{
    [Theory]
    [InlineData("seed-notice.pdf")]
    [InlineData("seed-notice.docx")]
    [InlineData("seed-notice.txt")]
    public void Export_ThenInspectThePackage_SameMetadata(string seed)
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
        var package = new FileInfo(Path.Combine(Path.GetTempPath(), $"notify-{Guid.NewGuid():N}.edxml"));
        try
        {
            Assert.Equal(ExitCodes.Ok, EdXmlCommand.Export(file, package, null, CliServices.Reader(), CliServices.Parser(), new StringWriter()));
            XDocument.Load(package.FullName); // well-formed

            var direct = Inspect(file);
            var viaPackage = Inspect(package);

            Assert.Equal(direct["document"]!.ToJsonString(), viaPackage["document"]!.ToJsonString());
            Assert.Equal(direct["recipients"]!.AsArray().Count, viaPackage["recipients"]!.AsArray().Count);
            Assert.Equal(direct["tasks"]!.AsArray().Count, viaPackage["tasks"]!.AsArray().Count);
        }
        finally
        {
            package.Delete();
        }
    }

    [Fact]
    public void Inspect_BrokenPackage_InvalidPackageExitNamingTheProblem()
    {
        var package = new FileInfo(Path.Combine(Path.GetTempPath(), $"notify-{Guid.NewGuid():N}.edxml"));
        File.WriteAllText(package.FullName, "<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope/></edXML:edXML>");
        var error = new StringWriter();
        try
        {
            var exit = InspectCommand.Run(package, json: true, null, CliServices.Reader(), CliServices.Parser(), new StringWriter(), error);

            Assert.Equal(ExitCodes.InvalidPackage, exit);
            Assert.Contains("no edXMLEnvelope/edXMLHeader/MessageHeader", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            package.Delete();
        }
    }

    private static JsonObject Inspect(FileInfo file)
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, InspectCommand.Run(file, json: true, null, CliServices.Reader(), CliServices.Parser(), output, new StringWriter()));
        var json = (JsonObject)JsonNode.Parse(output.ToString())!;
        json.Remove("source");
        return json;
    }
}
