using System.CommandLine;
using LangSon.Notify.Cli.Inspection;
using LangSon.Notify.Core.Parsing;
using LangSon.Notify.Core.Reading;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify inspect FILE [--json]</c>: what the pipeline understands of a notice.</summary>
internal static class InspectCommand
{
    public static Command Create(Func<IDocumentReader> reader, Func<INoticeParser> parser)
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice: PDF, DOCX or text." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of the summary." };
        var command = new Command("inspect", "Read a notice and show its metadata, tasks, recipients and archive line.") { file, json };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            return Run(path, result.GetValue(json), reader(), parser(), Console.Out, Console.Error);
        });
        return command;
    }

    internal static int Run(FileInfo path, bool json, IDocumentReader reader, INoticeParser parser, TextWriter output, TextWriter error)
    {
        if (!path.Exists)
        {
            error.WriteLine($"{path.FullName}: file not found");
            return ExitCodes.FileNotFound;
        }

        ParsedNotice notice;
        try
        {
            using var stream = path.OpenRead();
            var text = reader.Read(stream, path.Name);
            notice = parser.Parse(text.Text);
        }
        catch (DocumentReadException ex)
        {
            error.WriteLine($"{path.FullName}: {ex.Problem}");
            return ExitCodes.For(ex.Error);
        }
        catch (IOException ex)
        {
            error.WriteLine($"{path.FullName}: cannot read the file: {ex.Message}");
            return ExitCodes.FileNotFound;
        }

        output.WriteLine(json
            ? InspectionJson.Build(notice, path.Name).ToJsonString(InspectionJson.Options)
            : TextReport.Build(notice, path.Name));
        return ExitCodes.Ok;
    }
}
