using System.IO.Compression;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;
using Xunit.Abstractions;

namespace LangSon.Notify.Understanding.Tests.Reading;

/// <summary>Damaged copies of the seed documents: the reader returns text or a typed error, never anything else, never hangs.</summary>
public sealed class DocumentReaderFuzzTests(ITestOutputHelper output)
{
    private const int MutationsPerFile = 200;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("seed-notice.pdf")]
    [InlineData("seed-notice.docx")]
    [InlineData("signed.pdf")]
    public async Task Read_MutatedSeed_ReturnsTextOrTypedError(string file)
    {
        // signed.pdf puts the content-stream reader for signature stamps under the same damage.
        var original = file == "signed.pdf" ? SignedPdf.Build() : ReadingFiles.Seed(file);
        var reader = DocumentReader.Create();
        var random = new Random(20201315 + file.Length);
        var outcomes = new Dictionary<string, int>();
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var (kind, bytes) = Mutate(original, random);
            var read = Task.Run(() => reader.Read(new MemoryStream(bytes, writable: false), file));
            var finished = await Task.WhenAny(read, Task.Delay(Guard));
            string outcome;
            if (finished != read)
            {
                outcome = "hang";
                failures.Add($"#{i} {kind}: no answer within {Guard.TotalSeconds} s");
            }
            else if (read.IsCompletedSuccessfully)
            {
                outcome = "text";
            }
            else if (read.Exception?.InnerException is DocumentReadException typed)
            {
                outcome = typed.Error.ToString();
            }
            else
            {
                outcome = "untyped";
                failures.Add($"#{i} {kind}: {read.Exception?.InnerException}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{file}: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(MutationsPerFile, outcomes.Values.Sum());
    }

    /// <summary>Damage inside word/document.xml, re-zipped intact, so the XML walk itself meets broken input.</summary>
    [Fact]
    public async Task Read_DocxWithMutatedDocumentXml_ReturnsTextOrTypedError()
    {
        var original = ReadingFiles.Seed("seed-notice.docx");
        var xml = EntryBytes(original, "word/document.xml");
        var reader = DocumentReader.Create();
        var random = new Random(2026);
        var outcomes = new Dictionary<string, int>();
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var (kind, mutated) = Mutate(xml, random);
            var bytes = ReadingFiles.WithEntry(original, "word/document.xml", mutated);
            var read = Task.Run(() => reader.Read(new MemoryStream(bytes, writable: false), "seed-notice.docx"));
            var finished = await Task.WhenAny(read, Task.Delay(Guard));
            var outcome = finished != read ? "hang"
                : read.IsCompletedSuccessfully ? "text"
                : read.Exception?.InnerException is DocumentReadException typed ? typed.Error.ToString()
                : "untyped";
            if (outcome is "hang" or "untyped")
            {
                failures.Add($"#{i} {kind}: {outcome} {read.Exception?.InnerException}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"word/document.xml: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static byte[] EntryBytes(byte[] zipBytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes, writable: false), ZipArchiveMode.Read);
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    private static (string Kind, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                var flips = random.Next(1, 16);
                for (var f = 0; f < flips; f++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                }

                return ($"{flips} byte flips", bytes);
            case 1:
                var length = random.Next(0, bytes.Length);
                return ($"truncated to {length}", bytes[..length]);
            case 2:
                var start = random.Next(bytes.Length);
                var count = Math.Min(random.Next(1, 4096), bytes.Length - start);
                return ($"deleted {count} at {start}", [.. bytes[..start], .. bytes[(start + count)..]]);
            case 3:
                var at = random.Next(bytes.Length);
                var size = Math.Min(random.Next(1, 2048), bytes.Length - at);
                random.NextBytes(bytes.AsSpan(at, size));
                return ($"overwrote {size} at {at}", bytes);
            default:
                // Keep the ending intact so a PDF still has its %%EOF and reaches the parser.
                var from = random.Next(bytes.Length / 2);
                var chunk = Math.Min(random.Next(16, 8192), (bytes.Length / 2) - from);
                var copy = bytes.AsSpan(from, Math.Max(0, chunk)).ToArray();
                var to = random.Next(bytes.Length / 2);
                return ($"copied {copy.Length} from {from} to {to}", [.. bytes[..to], .. copy, .. bytes[to..]]);
        }
    }
}
