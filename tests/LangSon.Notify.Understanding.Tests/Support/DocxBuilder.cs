using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Builds small DOCX files in memory, the way Word lays them out.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];
    private bool _numbered;

    public DocxBuilder Paragraph(params OpenXmlElement[] runContent)
    {
        _blocks.Add(new Paragraph(new Run(runContent.Select(e => e.CloneNode(true)))));
        return this;
    }

    public DocxBuilder Paragraph(string text) => Paragraph(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A paragraph typed in the given font, as in documents from before Unicode (".VnTime").</summary>
    public DocxBuilder ParagraphInFont(string font, string text)
    {
        _blocks.Add(new Paragraph(new Run(
            new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }),
            new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A paragraph in Word's automatic list: "1." at level 0, "a)" at level 1, "-" at level 2; the label is not in the text.</summary>
    public DocxBuilder ListItem(int level, string text)
    {
        _numbered = true;
        _blocks.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
            new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

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

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks));
            main.Document.Save();
            if (_numbered)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(
                        Level(0, NumberFormatValues.Decimal, "%1."),
                        Level(1, NumberFormatValues.LowerLetter, "%2)"),
                        Level(2, NumberFormatValues.Bullet, ""))
                    { AbstractNumberId = 7 },
                    new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 1 });
                numbering.Numbering.Save();
            }
        }

        return stream.ToArray();
    }
}
