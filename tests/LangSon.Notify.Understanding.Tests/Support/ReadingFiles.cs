using System.IO.Compression;
using System.Text;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>The seeds and reading fixtures copied beside the test assembly.</summary>
internal static class ReadingFiles
{
    public static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", name));

    public static string SeedText() => Encoding.UTF8.GetString(Seed("seed-notice.txt"));

    public static DocumentText Read(byte[] content, string name = "upload", DocumentReaderOptions? options = null) =>
        DocumentReader.Create(options).Read(new MemoryStream(content, writable: false), name);

    public static DocumentReadException ReadFails(byte[] content, string name = "upload", DocumentReaderOptions? options = null) =>
        Assert.Throws<DocumentReadException>(() => Read(content, name, options));

    /// <summary>A copy of a zip (a DOCX) with one entry's content replaced.</summary>
    public static byte[] WithEntry(byte[] zipBytes, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(zipBytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
