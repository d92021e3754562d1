using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Reads PDF, DOCX and plain text uploads into the notice text, detecting the format by content.</summary>
internal sealed partial class DocumentReader(IOptions<DocumentReaderOptions> options, ILogger<DocumentReader> logger, TimeProvider? time = null) : IDocumentReader
{
    private readonly DocumentReaderOptions _options = options.Value;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A reader outside dependency injection (CLI, benchmarks, tests); the options are validated here.</summary>
    public static DocumentReader Create(DocumentReaderOptions? options = null, ILogger<DocumentReader>? logger = null)
    {
        options ??= new DocumentReaderOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return new DocumentReader(Options.Create(options), logger ?? NullLogger<DocumentReader>.Instance);
    }

    public DocumentText Read(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            var bytes = ReadBounded(content, sourceName);
            var text = ReadBytes(bytes, sourceName, cancellationToken);
            LogRead(sourceName, text.Kind, text.PageStarts.Count, text.Text.Length);
            return text;
        }
        catch (DocumentReadException ex)
        {
            LogRejected(sourceName, ex.Error, ex.Problem);
            throw;
        }
    }

    private DocumentText ReadBytes(byte[] bytes, string source, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, source, "the file is empty (0 bytes)");
        }

        DocumentText text;
        switch (FormatSniffer.Detect(bytes))
        {
            case DetectedFormat.Pdf:
                text = DocumentTextAssembler.Assemble(PdfTextExtractor.Extract(bytes, source, _options, _time, cancellationToken), DocumentKind.Pdf);
                break;
            case DetectedFormat.Zip:
                text = DocumentTextAssembler.Assemble(DocxTextExtractor.Extract(bytes, source, _options), DocumentKind.Docx);
                break;
            case DetectedFormat.Text:
                var decoded = PlainTextDecoder.TryDecode(bytes, out var error, out var problem)
                    ?? throw new DocumentReadException(error, source, problem);

                // A form feed is how some exports mark a page; the text keeps it as a paragraph gap.
                text = DocumentTextAssembler.Assemble([new ExtractedPage(decoded.Replace("\f", "\n\n", StringComparison.Ordinal))], DocumentKind.Text);
                break;
            default:
                throw new DocumentReadException(DocumentReadError.UnsupportedFormat, source, $"not a PDF, DOCX or text file ({FormatSniffer.Describe(bytes)})");
        }

        if (string.IsNullOrWhiteSpace(text.Text))
        {
            var what = text.Kind switch
            {
                DocumentKind.Docx => "the DOCX contains no text",
                DocumentKind.Pdf => "the PDF contains no text",
                _ => "the file contains only whitespace",
            };
            throw new DocumentReadException(DocumentReadError.Empty, source, what);
        }

        return text;
    }

    /// <summary>Refuses an oversized upload before reading it: by its length when the stream knows it, else after the limit.</summary>
    private byte[] ReadBounded(Stream content, string source)
    {
        var limit = _options.MaxBytes;
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > limit)
            {
                throw TooLarge(source, remaining, limit);
            }

            var exact = new byte[remaining];
            content.ReadExactly(exact);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(source, null, limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentReadException TooLarge(string source, long? size, long limit)
    {
        var actual = size is { } s ? $"the file is {Megabytes(s)}" : "the file is larger than the limit";
        return new DocumentReadException(DocumentReadError.TooLarge, source, $"{actual}, over the {Megabytes(limit)} limit; it was not read");
    }

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes");

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Read {Source} as {Kind}: {Pages} page(s), {Characters} characters")]
    private partial void LogRead(string source, DocumentKind kind, int pages, int characters);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Cannot read {Source}: {Error}, {Problem}")]
    private partial void LogRejected(string source, DocumentReadError error, string problem);
}
