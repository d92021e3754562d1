using System.Globalization;
using System.Xml.Linq;
using LangSon.Notify.Understanding.Parsing;
using static LangSon.Notify.Understanding.Exchange.EdXmlNames;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>Writes a notice as an edXML package for the national exchange (Trục liên thông văn bản quốc gia).</summary>
public static class EdXmlWriter
{
    private const string ContentId = "notice-1";

    public static XDocument Write(EdXmlPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var d = package.Metadata;
        var (codeNumber, codeNotation) = SplitNumber(d.Number, d.Symbol);
        var header = E("MessageHeader",
            Party("From", package.From),
            package.To.Select(t => Party("To", t)),
            E("Code", E("CodeNumber", codeNumber), E("CodeNotation", codeNotation)),
            E("PromulgationInfo", E("Place", d.Place), E("PromulgationDate", d.Date.ToDateOnly()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            E("DocumentType", E("Type", "1"), E("TypeName", d.Type)),
            E("Subject", d.Title),
            E("SignerInfo", E("Competence", d.Signer?.Authority), E("Position", d.Signer?.Position), E("FullName", d.Signer?.Name)),
            E("DueDate", package.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            E("ToPlaces", package.ToPlaces.Select(p => E("Place", p))),
            E("OtherInfo", E("Priority", Priority(d.Urgency).ToString(CultureInfo.InvariantCulture))));

        var body = E("edXMLBody", E("edXMLManifest", new XAttribute("version", "1.0"),
            E("Reference", E("ContentId", ContentId), E("ContentType", package.AttachmentContentType), E("AttachmentName", package.AttachmentName))));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            E("edXML",
                new XAttribute(XNamespace.Xmlns + Prefix, Ns.NamespaceName),
                E("edXMLEnvelope", E("edXMLHeader", header), body),
                E("AttachmentEncoded", E("Attachment", E("ContentId", ContentId), E("ContentTransferEncoded", Convert.ToBase64String(package.Attachment))))));
    }

    /// <summary>A status message (QCVN 102:2016, Status) carrying an agency's answer with the exchange's code 01–06.</summary>
    public static XDocument WriteStatus(EdXmlParty from, string documentCode, string statusCode, string description, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (statusCode is not ("01" or "02" or "03" or "04" or "05" or "06"))
        {
            throw new ArgumentException($"\"{statusCode}\" is not an exchange status code (01–06)", nameof(statusCode));
        }

        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            E("edXML",
                new XAttribute(XNamespace.Xmlns + Prefix, Ns.NamespaceName),
                E("edXMLEnvelope", E("edXMLHeader", E("Status",
                    Party("From", from),
                    E("ResponseFor", E("Code", documentCode)),
                    E("StatusCode", statusCode),
                    E("Description", description),
                    E("Timestamp", timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)))))));
    }

    /// <summary>"412/TB-UBND" gives CodeNumber 412 and CodeNotation TB-UBND.</summary>
    internal static (string? Number, string? Notation) SplitNumber(string? number, string? symbol)
    {
        if (number is null)
        {
            return (null, symbol);
        }

        var slash = number.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (number.Trim(), symbol) : (number[..slash].Trim(), number[(slash + 1)..].Trim());
    }

    private static XElement Party(string name, EdXmlParty party) =>
        E(name, party.OrganId is null ? null : E("OrganId", party.OrganId), E("OrganName", party.OrganName));

    private static XElement E(string name, params object?[] content) =>
        new(Ns + name, content.Where(c => c is not null));
}
