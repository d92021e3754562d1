using System.CommandLine;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Exchange;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify edxml export FILE --out OUT</c>: the notice as an edXML package for the national exchange.</summary>
internal static class EdXmlCommand
{
    public static Command Create(Func<IDocumentReader> reader, Func<INoticeParser> parser)
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice: PDF, DOCX or text." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the package.", Required = true };
        var directory = new Option<string?>("--directory") { Description = "A folder of directory-*.json files, or one file; defaults to the directories shipped with notify." };
        var export = new Command("export", "Write a notice as an edXML package (QCVN 102:2016): header from what was understood, the file attached.") { file, output, directory };
        export.SetAction(result => Export(result.GetValue(file)!, result.GetValue(output)!, result.GetValue(directory), reader(), parser(), Console.Error));
        return new Command("edxml", "Exchange notices with the national document exchange in edXML.") { export };
    }

    internal static int Export(FileInfo path, FileInfo output, string? directory, IDocumentReader reader, INoticeParser parser, TextWriter error)
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

        var bytes = File.ReadAllBytes(path.FullName);
        DocumentText text;
        try
        {
            text = reader.Read(new MemoryStream(bytes, writable: false), path.Name);
        }
        catch (DocumentReadException ex)
        {
            error.WriteLine($"{path.FullName}: {ex.Problem}");
            return ExitCodes.For(ex.Error);
        }

        var notice = parser.Parse(text.Text);
        var resolved = DirectoryServiceCollectionExtensions.CreateResolver(catalog).Resolve(notice);
        var contentType = text.Kind switch
        {
            DocumentKind.Pdf => "application/pdf",
            DocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => "text/plain; charset=utf-8",
        };
        var package = EdXmlExport.Package(resolved, catalog.Select(notice.Document.Date.EffectiveDate()).Directory, bytes, path.Name, contentType);
        using (var stream = output.Create())
        {
            EdXmlWriter.Write(package).Save(stream);
        }

        error.WriteLine($"{output.FullName}: edXML package, {package.To.Count} recipients, {bytes.Length} bytes attached");
        return ExitCodes.Ok;
    }
}
