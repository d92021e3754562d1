using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Reading;

/// <summary>Signing software stamps the number and the day into form fields; the text must carry them where they are printed.</summary>
public sealed class PdfStampTextTests
{
    [Fact]
    public void Read_SignedPdfWithStampedNumberAndDay_PutsThemInTheirLines()
    {
        var text = ReadingFiles.Read(SignedPdf.Build(), "signed.pdf").Text;

        Assert.Contains("So: 2170 /QD-UBND", text);
        Assert.Contains("Lao Cai, ngay 23 thang 6 nam 2026", text);
    }
}
