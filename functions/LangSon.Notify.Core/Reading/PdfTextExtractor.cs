using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace LangSon.Notify.Core.Reading;

/// <summary>Extracts the text layer of a PDF page by page, in reading order.</summary>
internal static class PdfTextExtractor
{
    // Below this many characters per page a PDF with images is a scan, whatever stray text it carries.
    private const int MinCharactersPerPage = 20;

    public static IReadOnlyList<ExtractedPage> Extract(byte[] content, string source)
    {
        if (!HasEndOfFileMarker(content))
        {
            throw new DocumentReadException(DocumentReadError.CorruptPdf, source, "the PDF is truncated or damaged: it has no end-of-file marker (%%EOF)");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException(DocumentReadError.EncryptedPdf, source, "the PDF is password-protected; upload a copy without a password", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Corrupt(source, ex);
        }

        using (document)
        {
            var layouts = new List<PdfPageText>();
            var characters = 0;
            var images = 0;
            int pageCount;
            try
            {
                pageCount = document.NumberOfPages;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Corrupt(source, ex);
            }

            if (pageCount == 0)
            {
                throw new DocumentReadException(DocumentReadError.CorruptPdf, source, "the PDF has no pages");
            }

            for (var number = 1; number <= pageCount; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    var words = ToWords(page);
                    characters += words.Sum(w => w.Text.Length);
                    words.AddRange(PdfStampText.Read(document, page));
                    images += page.NumberOfImages;
                    layouts.Add(PdfPageLayout.Layout(words));
                }
                catch (PdfDocumentEncryptedException ex)
                {
                    throw new DocumentReadException(DocumentReadError.EncryptedPdf, source, "the PDF is password-protected; upload a copy without a password", ex);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException and not DocumentReadException)
                {
                    throw new DocumentReadException(DocumentReadError.CorruptPdf, source, $"the PDF is damaged: page {number} cannot be read ({ex.Message})", ex);
                }
            }

            if (characters < MinCharactersPerPage * pageCount && images > 0)
            {
                throw new DocumentReadException(DocumentReadError.NeedsOcr, source, "the PDF is a scan with no text layer; it needs OCR (run it through an OCR tool, or upload the original DOCX or PDF)");
            }

            if (characters == 0)
            {
                throw new DocumentReadException(DocumentReadError.Empty, source, "the PDF contains no text");
            }

            var pages = new List<ExtractedPage>(layouts.Count);
            for (var i = 0; i < layouts.Count; i++)
            {
                bool? continues = i > 0 && layouts[i - 1].LastLineFull && layouts[i].FirstLineFlush && !EndsWithClosingPunctuation(layouts[i - 1].Text)
                    ? true
                    : null;
                pages.Add(new ExtractedPage(layouts[i].Text, continues));
            }

            return pages;
        }
    }

    private static List<PdfWord> ToWords(Page page)
    {
        var words = new List<PdfWord>();
        foreach (var word in page.GetWords())
        {
            // Rotated text (margin stamps, vertical table headers) does not belong to the reading flow.
            if (word.TextOrientation != TextOrientation.Horizontal || word.Letters.Count == 0 || string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            var first = word.Letters[0];
            var size = first.PointSize > 1 ? first.PointSize : word.BoundingBox.Height;
            words.Add(new PdfWord(word.Text, word.BoundingBox.Left, word.BoundingBox.Right, first.StartBaseLine.Y, Math.Max(size, 1)));
        }

        return words;
    }

    private static bool EndsWithClosingPunctuation(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.IsEmpty || trimmed[^1] is '.' or ':' or ';' or '!' or '?' or '…';
    }

    /// <summary>A complete PDF ends with %%EOF; without it a lenient parser would quietly return part of a truncated file.</summary>
    private static bool HasEndOfFileMarker(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 2048));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static DocumentReadException Corrupt(string source, Exception ex) =>
        new(DocumentReadError.CorruptPdf, source, $"the PDF is damaged and cannot be opened ({ex.Message})", ex);
}
