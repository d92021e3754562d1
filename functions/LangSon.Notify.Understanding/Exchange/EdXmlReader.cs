using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using LangSon.Notify.Understanding.Parsing;
using static LangSon.Notify.Understanding.Exchange.EdXmlNames;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>Reads an edXML package received from the national exchange: its header as given, and the attached notice.</summary>
public static class EdXmlReader
{
    /// <summary>Whether the bytes look like an edXML package (an XML document whose root is edXML).</summary>
    public static bool IsEdXml(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]);
        return text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('<') && text.Contains("QCVN_102_2016", StringComparison.Ordinal);
    }

    /// <exception cref="InvalidDataException">The package is not edXML, or lacks its header or attachment; the message names what.</exception>
    public static EdXmlPackage Read(Stream stream)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"not well-formed XML: {ex.Message}", ex);
        }

        var root = document.Root;
        if (root is null || root.Name != Ns + "edXML")
        {
            throw new InvalidDataException($"the root element is not edXML in the QCVN 102:2016 namespace ({Ns.NamespaceName})");
        }

        var header = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLHeader")?.Element(Ns + "MessageHeader")
            ?? throw new InvalidDataException("the package has no edXMLEnvelope/edXMLHeader/MessageHeader");
        var reference = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLBody")?.Element(Ns + "edXMLManifest")?.Elements(Ns + "Reference").FirstOrDefault();
        var contentId = Text(reference, "ContentId");
        var encoded = root.Elements().Where(e => e.Name.LocalName == "AttachmentEncoded").Elements().Where(e => e.Name.LocalName == "Attachment")
            .FirstOrDefault(a => contentId is null || Child(a, "ContentId") == contentId)
            ?? throw new InvalidDataException("the package carries no attached document (AttachmentEncoded/Attachment)");

        byte[] attachment;
        try
        {
            attachment = Convert.FromBase64String(Child(encoded, "ContentTransferEncoded") ?? string.Empty);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException("the attachment's ContentTransferEncoded is not base64", ex);
        }

        if (attachment.Length == 0)
        {
            throw new InvalidDataException("the attached document is empty");
        }

        var code = header.Element(Ns + "Code");
        var number = Text(code, "CodeNumber");
        var notation = Text(code, "CodeNotation");
        var signer = header.Element(Ns + "SignerInfo");
        var promulgation = header.Element(Ns + "PromulgationInfo");
        var date = DateOnly.TryParseExact(Text(promulgation, "PromulgationDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var from = Party(header.Element(Ns + "From")) ?? throw new InvalidDataException("the header has no From");
        return new EdXmlPackage
        {
            From = from,
            To = header.Elements(Ns + "To").Select(Party).OfType<EdXmlParty>().ToList(),
            Metadata = new NoticeMetadata
            {
                Type = Text(header.Element(Ns + "DocumentType"), "TypeName"),
                Number = number is null ? null : notation is null ? number : $"{number}/{notation}",
                Symbol = notation,
                Issuer = from.OrganName,
                Place = Text(promulgation, "Place"),
                Date = date is { } day ? new NoticeDate(day.Year, day.Month, day.Day) : NoticeDate.Unknown,
                Title = Text(header, "Subject"),
                Signer = signer is null ? null : new Signer(Text(signer, "Competence"), Text(signer, "Position"), Text(signer, "FullName")),
                Urgency = int.TryParse(Text(header.Element(Ns + "OtherInfo"), "Priority"), CultureInfo.InvariantCulture, out var priority) ? EdXmlNames.Urgency(priority) : null,
            },
            DueDate = DateOnly.TryParseExact(Text(header, "DueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null,
            ToPlaces = header.Element(Ns + "ToPlaces")?.Elements(Ns + "Place").Select(p => p.Value.Trim()).Where(p => p.Length > 0).ToList() ?? [],
            AttachmentName = Text(reference, "AttachmentName") ?? "notice",
            AttachmentContentType = Text(reference, "ContentType") ?? "application/octet-stream",
            Attachment = attachment,
        };
    }

    private static EdXmlParty? Party(XElement? element) =>
        element is null || Text(element, "OrganName") is not { } name ? null : new EdXmlParty(Text(element, "OrganId"), name);

    private static string? Text(XElement? parent, string name) =>
        parent?.Element(Ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    // The attachment block is written without a namespace by some exchange clients.
    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
}
