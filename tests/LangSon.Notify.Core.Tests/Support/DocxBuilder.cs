using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Builds small DOCX files in memory, the way Word lays them out.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];

    public DocxBuilder Paragraph(params OpenXmlElement[] runContent)
    {
        _blocks.Add(new Paragraph(new Run(runContent.Select(e => e.CloneNode(true)))));
        return this;
    }

    public DocxBuilder Paragraph(string text) => Paragraph(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(
                cell.Split('\n').Select(line => new Paragraph(new Run(new WordText(line) { Space = SpaceProcessingModeValues.Preserve })))))));
        }

        _blocks.Add(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
