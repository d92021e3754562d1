using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Extracts the text layer of a PDF page by page, in reading order.</summary>
internal static class PdfTextExtractor
{
    // Below this many characters per page a PDF with images is a scan, whatever stray text it carries.
    private const int MinCharactersPerPage = 20;

    public static IReadOnlyList<ExtractedPage> Extract(byte[] content, string source, DocumentReaderOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        options ??= new DocumentReaderOptions();
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        if (!HasEndOfFileMarker(content))
        {
            throw new DocumentReadException(DocumentReadError.CorruptPdf, source, "the PDF is truncated or damaged: it has no end-of-file marker (%%EOF)");
        }

        PdfDocument document;
        try
        {
            // A font that cannot be read fails the page rather than dropping its text without a word.
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = false });
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
            var legacyCharacters = 0;
            string? legacyFont = null;
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

            if (pageCount > options.MaxPdfPages)
            {
                throw new DocumentReadException(DocumentReadError.OverBudget, source, $"the PDF has {pageCount} pages, more than the {options.MaxPdfPages} a notice may have");
            }

            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (time.GetElapsedTime(started) > options.PdfTimeBudget)
                {
                    throw new DocumentReadException(DocumentReadError.OverBudget, source, $"reading the PDF took longer than {options.PdfTimeBudget.TotalSeconds:0} s; stopped at page {number} of {pageCount}");
                }

                try
                {
                    var page = document.GetPage(number);
                    var words = ToWords(page);
                    characters += words.Sum(w => w.Text.Length);
                    words.AddRange(PdfStampText.Read(document, page));
                    images += page.NumberOfImages;
                    foreach (var letter in page.Letters)
                    {
                        if (LegacyVietnameseFonts.IsLegacy(letter.FontName))
                        {
                            legacyCharacters++;
                            legacyFont ??= letter.FontName;
                        }
                    }

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

            if (LegacyVietnameseFonts.Dominate(legacyCharacters, characters))
            {
                throw new DocumentReadException(DocumentReadError.BadEncoding, source, LegacyVietnameseFonts.Problem("PDF", legacyFont!));
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

    /// <summary>
    /// The page's words in the frame of its main text direction. A page set sideways (a rotated scan with a text
    /// layer, a landscape annex) is read along its own lines; stray words in other directions (margin stamps) are left out.
    /// </summary>
    private static List<PdfWord> ToWords(Page page)
    {
        // The default word extractor assumes upright text; a sideways page needs the direction-aware one.
        var upright = page.Letters.Count(l => l.TextOrientation == TextOrientation.Horizontal);
        var found = upright * 2 >= page.Letters.Count ? page.GetWords() : page.GetWords(NearestNeighbourWordExtractor.Instance);
        var all = found.Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var direction = all.GroupBy(w => w.TextOrientation).OrderByDescending(g => g.Sum(w => w.Text.Length)).First().Key;
        var words = new List<PdfWord>(all.Count);
        foreach (var word in all.Where(w => w.TextOrientation == direction))
        {
            var first = word.Letters[0];
            var box = word.BoundingBox;
            var size = Math.Max(first.PointSize > 1 ? first.PointSize : Math.Min(box.Width, box.Height), 1);
            var start = first.StartBaseLine;
            var end = word.Letters[^1].EndBaseLine;

            // Map each direction onto left-to-right lines running down the page: along the line, then down the lines.
            // PdfPig's Rotate270 reads upwards and Rotate90 downwards; a rotated word's box is in its own frame, so use the baseline.
            var (left, right, baseline) = direction switch
            {
                TextOrientation.Rotate180 => (-start.X, -end.X, -start.Y),
                TextOrientation.Rotate270 => (start.Y, end.Y, -start.X),
                TextOrientation.Rotate90 => (-start.Y, -end.Y, start.X),
                _ => (box.Left, box.Right, start.Y),
            };
            words.Add(new PdfWord(word.Text, left, right, baseline, size));
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
