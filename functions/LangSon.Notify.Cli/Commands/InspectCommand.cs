using System.CommandLine;
using LangSon.Notify.Cli.Inspection;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Exchange;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Signatures;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify inspect FILE [--json] [--directory DIR]</c> (PDF, DOCX, text, or an edXML package): what the pipeline understands of a notice, and whom it reaches.</summary>
internal static class InspectCommand
{
    public static Command Create(Func<IDocumentReader> reader, Func<INoticeParser> parser)
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice: PDF, DOCX or text." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of the summary." };
        var directory = new Option<string?>("--directory") { Description = "A folder of directory-*.json files, or one file; defaults to the directories shipped with notify." };
        var trust = new Option<DirectoryInfo?>("--trusted-roots") { Description = "A folder of root certificates that signatures must chain to; without it, intact signatures are \"untrusted\"." };
        var command = new Command("inspect", "Read a notice and show its metadata, tasks, recipients, archive line, signatures, and the agencies each recipient resolves to.") { file, json, directory, trust };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var roots = result.GetValue(trust);
            if (roots is { Exists: false })
            {
                Console.Error.WriteLine($"{roots.FullName}: trusted roots folder not found");
                return ExitCodes.FileNotFound;
            }

            return Run(path, result.GetValue(json), result.GetValue(directory), reader(), parser(), Console.Out, Console.Error, SignatureServiceCollectionExtensions.CreateVerifier(roots?.FullName));
        });
        return command;
    }

    internal static int Run(FileInfo path, bool json, IDocumentReader reader, INoticeParser parser, TextWriter output, TextWriter error) =>
        Run(path, json, null, reader, parser, output, error);

    internal static int Run(FileInfo path, bool json, string? directory, IDocumentReader reader, INoticeParser parser, TextWriter output, TextWriter error, ISignatureVerifier? verifier = null)
    {
        if (!path.Exists)
        {
            error.WriteLine($"{path.FullName}: file not found");
            return ExitCodes.FileNotFound;
        }

        if (DirectoryCommand.TryLoadCatalog(directory, error, out var failed) is not { } catalog)
        {
            return failed;
        }

        ParsedNotice notice;
        var signature = SignatureVerdict.Unsigned;
        try
        {
            var bytes = File.ReadAllBytes(path.FullName);
            EdXmlPackage? package = null;
            if (EdXmlReader.IsEdXml(bytes))
            {
                package = EdXmlReader.Read(new MemoryStream(bytes, writable: false));
                bytes = package.Attachment;
            }

            var text = reader.Read(new MemoryStream(bytes, writable: false), package?.AttachmentName ?? path.Name);
            notice = parser.Parse(text.Text);
            if (package is not null)
            {
                notice = EdXmlMetadata.Apply(notice, package);
            }

            if (text.Kind == DocumentKind.Pdf)
            {
                signature = (verifier ?? SignatureServiceCollectionExtensions.CreateVerifier(null)).Verify(bytes);
            }
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"{path.FullName}: not a readable edXML package: {ex.Message}");
            return ExitCodes.InvalidPackage;
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

        var resolved = DirectoryServiceCollectionExtensions.CreateResolver(catalog).Resolve(notice);
        if (json)
        {
            var document = InspectionJson.Build(notice, path.Name);
            ResolutionRendering.AddTo(document, resolved);
            document["signature"] = SignatureRendering.Json(signature);
            output.WriteLine(document.ToJsonString(InspectionJson.Options));
        }
        else
        {
            output.Write(TextReport.Build(notice, path.Name));
            ResolutionRendering.WriteText(output, resolved);
            SignatureRendering.WriteText(output, signature);
        }

        return ExitCodes.Ok;
    }
}
