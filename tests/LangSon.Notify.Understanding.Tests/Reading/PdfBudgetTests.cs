using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed class PdfBudgetTests
{
    [Fact]
    public void Read_MorePagesThanTheCap_OverBudgetNamingTheCount()
    {
        var error = ReadingFiles.ReadFails(ReadingFiles.Seed("seed-notice.pdf"), "dai.pdf", new DocumentReaderOptions { MaxPdfPages = 1 });

        Assert.Equal(DocumentReadError.OverBudget, error.Error);
        Assert.Matches(@"^the PDF has \d+ pages, more than the 1 a notice may have$", error.Problem);
    }

    [Fact]
    public void Read_SlowerThanTheTimeBudget_OverBudgetNamingThePageReached()
    {
        // Every look at the clock moves it 10 s, so the 30 s budget runs out after the first pages.
        var time = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(10) };
        var reader = new DocumentReader(Options.Create(new DocumentReaderOptions()), NullLogger<DocumentReader>.Instance, time);

        var error = Assert.Throws<DocumentReadException>(() => reader.Read(new MemoryStream(ReadingFiles.Seed("seed-notice.pdf")), "cham.pdf"));

        Assert.Equal(DocumentReadError.OverBudget, error.Error);
        Assert.Matches(@"^reading the PDF took longer than 30 s; stopped at page \d+ of \d+$", error.Problem);
    }

    [Fact]
    public void Read_WithinBudget_ReadsAsBefore()
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed("seed-notice.pdf"), "seed.pdf", new DocumentReaderOptions { MaxPdfPages = 50 });

        Assert.Equal(DocumentKind.Pdf, text.Kind);
    }
}
