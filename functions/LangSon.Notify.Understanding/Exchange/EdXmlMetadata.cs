using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>An edXML header is typed in by the sender, so its fields win over what parsing the attachment finds.</summary>
public static class EdXmlMetadata
{
    public static ParsedNotice Apply(ParsedNotice parsed, EdXmlPackage package)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(package);
        var given = package.Metadata;
        var found = parsed.Document;
        return parsed with
        {
            Document = found with
            {
                Type = given.Type ?? found.Type,
                Number = given.Number ?? found.Number,
                Symbol = given.Symbol ?? found.Symbol,
                Issuer = given.Issuer ?? found.Issuer,
                Place = given.Place ?? found.Place,
                Date = given.Date.IsComplete ? given.Date : found.Date,
                Title = given.Title ?? found.Title,
                Signer = given.Signer is { Name: not null } ? given.Signer : found.Signer,
                Urgency = given.Urgency ?? found.Urgency,
            },
        };
    }
}
