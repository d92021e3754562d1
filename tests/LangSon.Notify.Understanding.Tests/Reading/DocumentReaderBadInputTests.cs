using System.ComponentModel.DataAnnotations;
using System.IO.Compression;
using System.Text;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed class DocumentReaderBadInputTests
{
    [Fact]
    public void Read_ZeroBytes_FailsEmptyNamingTheFile()
    {
        var error = ReadingFiles.ReadFails([], "thong-bao.pdf");

        Assert.Equal(DocumentReadError.Empty, error.Error);
        Assert.Equal("thong-bao.pdf", error.Source);
        Assert.StartsWith("thong-bao.pdf: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00 })]
    public void Read_OnlyWhitespaceOrBom_FailsEmpty(byte[] content)
    {
        Assert.Equal(DocumentReadError.Empty, ReadingFiles.ReadFails(content).Error);
    }

    [Fact]
    public void Read_Png_FailsUnsupportedSayingWhatItLooksLike()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var error = ReadingFiles.ReadFails(png, "scan.pdf");

        Assert.Equal(DocumentReadError.UnsupportedFormat, error.Error);
        Assert.Equal("not a PDF, DOCX or text file (starts with bytes 89 50 4E 47: looks like PNG)", error.Problem);
    }

    [Fact]
    public void Read_ZipWithoutWordDocument_FailsUnsupported()
    {
        var zip = Zip(("notes/readme.txt", Encoding.UTF8.GetBytes("không phải văn bản")));

        var error = ReadingFiles.ReadFails(zip, "thong-bao.docx");

        Assert.Equal(DocumentReadError.UnsupportedFormat, error.Error);
        Assert.Contains("ZIP", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomBytes_FailsUnsupported()
    {
        var bytes = new byte[4096];
        new Random(2611).NextBytes(bytes);

        var error = ReadingFiles.ReadFails(bytes, "thong-bao.txt");

        Assert.Equal(DocumentReadError.UnsupportedFormat, error.Error);
        Assert.StartsWith("not a PDF, DOCX or text file (starts with bytes ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LegacyCodePageText_FailsBadEncoding()
    {
        // "Thông báo" in Windows-1258: plain ASCII around single high bytes that are not UTF-8.
        byte[] bytes = [.. "Th"u8, 0xF4, .. "ng b"u8, 0xE1, .. "o s"u8, 0xF4, .. " 12\r\n"u8];

        var error = ReadingFiles.ReadFails(bytes, "cu.txt");

        Assert.Equal(DocumentReadError.BadEncoding, error.Error);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfHeaderOverGarbage_FailsCorruptPdf()
    {
        var garbage = new byte[3000];
        new Random(7).NextBytes(garbage);
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. garbage, .. "\n%%EOF\n"u8];

        var error = ReadingFiles.ReadFails(pdf, "hong.pdf");

        Assert.Equal(DocumentReadError.CorruptPdf, error.Error);
    }

    [Fact]
    public void Read_TruncatedPdf_FailsCorruptPdf()
    {
        var seed = ReadingFiles.Seed("seed-notice.pdf");

        var error = ReadingFiles.ReadFails(seed[..(seed.Length * 2 / 3)], "cut.pdf");

        Assert.Equal(DocumentReadError.CorruptPdf, error.Error);
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PasswordProtectedPdf_FailsEncrypted()
    {
        var error = ReadingFiles.ReadFails(ReadingFiles.Fixture("password-protected.pdf"), "mat.pdf");

        Assert.Equal(DocumentReadError.EncryptedPdf, error.Error);
        Assert.Contains("password", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScannedPdfWithoutTextLayer_FailsNeedsOcr()
    {
        var error = ReadingFiles.ReadFails(ReadingFiles.Fixture("scanned-no-text.pdf"), "scan.pdf");

        Assert.Equal(DocumentReadError.NeedsOcr, error.Error);
        Assert.Contains("needs OCR", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWithoutMainDocumentPart_FailsCorruptDocx()
    {
        var docx = Zip(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")),
            ("word/styles.xml", Encoding.UTF8.GetBytes("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")));

        var error = ReadingFiles.ReadFails(docx, "thieu.docx");

        Assert.Equal(DocumentReadError.CorruptDocx, error.Error);
        Assert.Contains("word/document.xml", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWithBrokenXml_FailsCorruptDocx()
    {
        var docx = ReadingFiles.WithEntry(new DocxBuilder().Paragraph("Thông báo").Build(), "word/document.xml", Encoding.UTF8.GetBytes("<w:document><w:body><w:p>"));

        var error = ReadingFiles.ReadFails(docx, "hong.docx");

        Assert.Equal(DocumentReadError.CorruptDocx, error.Error);
    }

    [Fact]
    public void Read_DamagedZip_FailsCorruptDocx()
    {
        var garbage = new byte[2000];
        new Random(11).NextBytes(garbage);

        var error = ReadingFiles.ReadFails([.. "PK\x03\x04"u8, .. garbage], "hong.docx");

        Assert.Equal(DocumentReadError.CorruptDocx, error.Error);
    }

    [Fact]
    public void Read_DocxZipBomb_FailsZipBombBeforeUnpacking()
    {
        // 64 MB of one repeated byte deflates about a thousandfold.
        var bomb = ZipWithHugeEntry("word/document.xml", 64L * 1024 * 1024);

        var error = ReadingFiles.ReadFails(bomb, "bom.docx");

        Assert.Equal(DocumentReadError.ZipBomb, error.Error);
        Assert.Contains("zip bomb", error.Problem, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024);
    }

    [Fact]
    public void Read_DocxExpandingOverTheTotalLimit_FailsZipBomb()
    {
        var docx = new DocxBuilder().Paragraph("Thông báo").Build();

        var error = ReadingFiles.ReadFails(docx, "lon.docx", new DocumentReaderOptions { MaxDocxUncompressedBytes = 100 });

        Assert.Equal(DocumentReadError.ZipBomb, error.Error);
        Assert.Contains("over the limit", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeekableFileOverTheLimit_FailsTooLargeWithoutReadingIt()
    {
        var stream = new UnreadableStream(length: 2_000);

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Create(new DocumentReaderOptions { MaxBytes = 1_000 }).Read(stream, "lon.pdf"));

        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        Assert.Contains("over the 1000 bytes limit", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamOverTheLimit_StopsReadingAtTheLimit()
    {
        var stream = new ForwardOnlyStream(new byte[500_000]);

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Create(new DocumentReaderOptions { MaxBytes = 100_000 }).Read(stream, "lon.txt"));

        Assert.Equal(DocumentReadError.TooLarge, error.Error);
        Assert.True(stream.BytesRead <= 100_000 + 81_920, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Read_DefaultLimit_Is50Megabytes()
    {
        Assert.Equal(50L * 1024 * 1024, new DocumentReaderOptions().MaxBytes);
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Create().Read(new UnreadableStream(50L * 1024 * 1024 + 1), "lon.pdf"));
        Assert.Equal(DocumentReadError.TooLarge, error.Error);
    }

    [Fact]
    public void Create_InvalidOptions_Throws()
    {
        Assert.Throws<ValidationException>(() => DocumentReader.Create(new DocumentReaderOptions { MaxBytes = 0 }));
        Assert.Throws<ValidationException>(() => DocumentReader.Create(new DocumentReaderOptions { MaxDocxCompressionRatio = 1 }));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ZipWithHugeEntry(string name, long size)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < size; written += block.Length)
            {
                entry.Write(block);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Knows its length but fails if anyone reads it: proves an oversized file is refused unread.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the reader must not read an oversized file");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
