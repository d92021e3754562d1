using System.Text;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.TestHost.StandIns;

/// <summary>Reads UTF-8 text only; anything else is refused the way the real reader refuses unreadable input.</summary>
internal sealed class TextReaderStandIn : IDocumentReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DocumentText Read(Stream content, string sourceName, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, sourceName, "the file is empty");
        }

        try
        {
            var text = Strict.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Normalize(NormalizationForm.FormC);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw new DocumentReadException(DocumentReadError.UnsupportedFormat, sourceName, "binary content is not a text notice");
            }

            return new DocumentText(text, [0], DocumentKind.Text);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException(DocumentReadError.BadEncoding, sourceName, $"not valid UTF-8 text: {ex.Message}", ex);
        }
    }
}
