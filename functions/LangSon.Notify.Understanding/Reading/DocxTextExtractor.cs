using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Extracts a DOCX's paragraphs and table cells in document order, splitting pages at explicit and rendered page breaks.</summary>
internal static class DocxTextExtractor
{
    private const string MainPart = "word/document.xml";

    // Small XML parts compress very well; only entries this large are held to the ratio limit.
    private const long RatioCheckMinBytes = 1024 * 1024;

    /// <summary>Checks the archive with System.IO.Compression before any XML is parsed: sizes, ratios, and that it is a DOCX at all.</summary>
    public static void CheckArchive(byte[] content, string source, DocumentReaderOptions options)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(DocumentReadError.CorruptDocx, source, $"the file starts like a DOCX (ZIP) but the archive is damaged ({ex.Message})", ex);
        }

        using (zip)
        {
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                throw new DocumentReadException(DocumentReadError.CorruptDocx, source, $"the file starts like a DOCX (ZIP) but the archive is damaged ({ex.Message})", ex);
            }

            if (entries.Count > options.MaxDocxEntries)
            {
                throw new DocumentReadException(DocumentReadError.ZipBomb, source, $"the archive holds {entries.Count} entries, over the limit of {options.MaxDocxEntries}; refusing to unpack it (possible zip bomb)");
            }

            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (entry.Length >= RatioCheckMinBytes && entry.Length > (long)options.MaxDocxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw new DocumentReadException(DocumentReadError.ZipBomb, source,
                        $"the entry {entry.FullName} expands {entry.Length / Math.Max(1, entry.CompressedLength)} times ({entry.CompressedLength} to {entry.Length} bytes), over the limit of {options.MaxDocxCompressionRatio}; refusing to unpack it (possible zip bomb)");
                }
            }

            if (total > options.MaxDocxUncompressedBytes)
            {
                throw new DocumentReadException(DocumentReadError.ZipBomb, source,
                    $"the archive would expand to {total / (1024 * 1024)} MB, over the limit of {options.MaxDocxUncompressedBytes / (1024 * 1024)} MB; refusing to unpack it (possible zip bomb)");
            }

            if (entries.Any(e => e.FullName == MainPart))
            {
                return;
            }

            var names = entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
            {
                throw new DocumentReadException(DocumentReadError.CorruptDocx, source, $"the DOCX has no main document part ({MainPart})");
            }

            var kind = names.Contains("xl/workbook.xml") ? "an Excel workbook (XLSX)"
                : names.Contains("ppt/presentation.xml") ? "a PowerPoint presentation (PPTX)"
                : names.Contains("content.xml") ? "an OpenDocument file (ODT/ODS)"
                : $"a ZIP archive without {MainPart}";
            throw new DocumentReadException(DocumentReadError.UnsupportedFormat, source, $"not a PDF, DOCX or text file (starts with bytes 50 4B 03 04: looks like {kind})");
        }
    }

    public static IReadOnlyList<ExtractedPage> Extract(byte[] content, string source, DocumentReaderOptions options)
    {
        CheckArchive(content, source, options);
        try
        {
            using var document = WordprocessingDocument.Open(
                new MemoryStream(content, writable: false),
                isEditable: false,
                new OpenSettings { MaxCharactersInPart = options.MaxDocxUncompressedBytes, AutoSave = false });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(DocumentReadError.CorruptDocx, source, $"the DOCX has no main document part ({MainPart})");
            var walker = new Walker(new DocxNumbering(document.MainDocumentPart!), new DocxFonts(document.MainDocumentPart!));
            walker.Blocks(body, inCell: false);
            if (LegacyVietnameseFonts.Dominate(walker.LegacyCharacters, walker.Characters))
            {
                throw new DocumentReadException(DocumentReadError.BadEncoding, source, LegacyVietnameseFonts.Problem("DOCX", walker.LegacyFont!));
            }

            return walker.Finish();
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException(DocumentReadError.CorruptDocx, source, $"the DOCX is damaged and cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>Walks block content keeping paragraph order; table cells read row by row, left to right.</summary>
    private sealed class Walker(DocxNumbering numbering, DocxFonts fonts)
    {
        private readonly List<ExtractedPage> _pages = [];
        private readonly StringBuilder _page = new();
        private readonly StringBuilder _paragraph = new();
        private readonly List<OpenXmlElement> _textBoxes = [];
        private bool? _pageContinues;
        private int _labelLength;
        private string? _paragraphFont;
        private string? _runFont;

        public int Characters { get; private set; }

        public int LegacyCharacters { get; private set; }

        public string? LegacyFont { get; private set; }
        private string _separator = "\n\n";

        public void Blocks(OpenXmlElement container, bool inCell)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph, inCell);
                        break;
                    case Table table:
                        Table(table);
                        break;
                    case SectionProperties or TableProperties or TableGrid:
                        break;
                    default:
                        // Content controls, custom XML and similar wrappers hold ordinary blocks.
                        Blocks(child, inCell);
                        break;
                }
            }
        }

        public IReadOnlyList<ExtractedPage> Finish()
        {
            _pages.Add(new ExtractedPage(_page.ToString(), _pageContinues));
            return _pages;
        }

        private void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                foreach (var cell in row.Elements<TableCell>())
                {
                    _separator = "\n\n";
                    Blocks(cell, inCell: true);
                }
            }

            _separator = "\n\n";
        }

        private void Paragraph(Paragraph paragraph, bool inCell)
        {
            var properties = paragraph.ParagraphProperties;
            if (properties?.PageBreakBefore is { } breakBefore && (breakBefore.Val is null || breakBefore.Val.Value))
            {
                NewPage(continues: null);
            }

            _paragraph.Clear();
            _textBoxes.Clear();
            var label = numbering.Label(paragraph);
            if (label is { Length: > 0 })
            {
                _paragraph.Append(label).Append(' ');
            }

            _labelLength = _paragraph.Length;
            _paragraphFont = fonts.ParagraphFont(paragraph);

            Inline(paragraph);
            EndParagraph(inCell);

            foreach (var box in _textBoxes.ToList())
            {
                Blocks(box, inCell: true);
            }

            if (properties?.SectionProperties is { } section && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
            {
                NewPage(continues: null);
            }
        }

        private void Inline(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case WordText text:
                        _paragraph.Append(text.Text);
                        Count(text.Text);
                        break;
                    case Run run:
                        _runFont = DocxFonts.RunFont(run) ?? _paragraphFont;
                        Inline(run);
                        _runFont = null;
                        break;
                    case TabChar or PositionalTab:
                        _paragraph.Append(' ');
                        break;
                    case Break br when br.Type?.Value == BreakValues.Page:
                    case LastRenderedPageBreak:
                        PageBreakInParagraph();
                        break;
                    case Break br when br.Type?.Value == BreakValues.Column:
                        _paragraph.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        _paragraph.Append('\n');
                        break;
                    case NoBreakHyphen:
                        _paragraph.Append('-');
                        break;
                    case TextBoxContent box:
                        _textBoxes.Add(box);
                        break;
                    case DeletedText or FieldCode or DeletedFieldCode or SoftHyphen or ParagraphProperties or RunProperties or AlternateContentFallback:
                        break;
                    default:
                        Inline(child);
                        break;
                }
            }
        }

        private void Count(string text)
        {
            Characters += text.Length;
            var font = _runFont ?? _paragraphFont;
            if (LegacyVietnameseFonts.IsLegacy(font))
            {
                LegacyCharacters += text.Length;
                LegacyFont ??= font;
            }
        }

        private void PageBreakInParagraph()
        {
            // Before the paragraph's own text, the break starts the page with this paragraph, list label and all.
            if (string.IsNullOrWhiteSpace(_paragraph.ToString(_labelLength, _paragraph.Length - _labelLength)))
            {
                NewPage(continues: null);
                return;
            }

            // The paragraph runs on to the next page: its two halves are one paragraph.
            AppendToPage(_paragraph.ToString().TrimEnd());
            _paragraph.Clear();
            _labelLength = 0;
            NewPage(continues: true);
        }

        private void EndParagraph(bool inCell)
        {
            var text = _paragraph.ToString().Trim();
            _paragraph.Clear();
            if (text.Length == 0)
            {
                return;
            }

            AppendToPage(text);
            _separator = inCell ? "\n" : "\n\n";
        }

        private void AppendToPage(string text)
        {
            if (_page.Length > 0)
            {
                _page.Append(_separator);
            }

            _page.Append(text);
        }

        private void NewPage(bool? continues)
        {
            if (_page.Length == 0 && _pages.Count == 0)
            {
                // A break before any text starts no new page.
                return;
            }

            _pages.Add(new ExtractedPage(_page.ToString(), _pageContinues));
            _page.Clear();
            _pageContinues = continues;
        }
    }
}
