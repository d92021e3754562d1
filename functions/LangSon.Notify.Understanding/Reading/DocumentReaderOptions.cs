using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Limits that keep a hostile or oversized upload from exhausting the reader.</summary>
public sealed class DocumentReaderOptions
{
    public const string SectionName = "Reading";

    /// <summary>Files larger than this are rejected before their content is read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The most a DOCX may expand to when unzipped, summed over its entries.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDocxUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The highest expansion ratio allowed for a large DOCX entry; real Word XML stays far below it.</summary>
    [Range(2, 1_000_000)]
    public int MaxDocxCompressionRatio { get; set; } = 100;

    /// <summary>The most pages a PDF notice may have; a longer file is rejected before its pages are read.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 300;

    /// <summary>How long reading a PDF's text may take; past it the notice is rejected, naming the page reached.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PdfTimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most entries a DOCX may hold.</summary>
    [Range(1, 1_000_000)]
    public int MaxDocxEntries { get; set; } = 10_000;
}
