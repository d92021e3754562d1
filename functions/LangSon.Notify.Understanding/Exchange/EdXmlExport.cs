using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>Builds the package for a resolved notice: From is the issuer, one To per resolved recipient, each with its mã định danh when the directory has one.</summary>
public static class EdXmlExport
{
    public static EdXmlPackage Package(ResolvedNotice resolved, AgencyDirectory directory, byte[] file, string fileName, string contentType, DateOnly? dueDate = null)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(directory);
        var d = resolved.Notice.Document;
        var issuerEntry = directory.Entries.FirstOrDefault(e => !e.Abolished && Same(e.Name, d.Issuer));
        return new EdXmlPackage
        {
            From = new EdXmlParty(issuerEntry?.ExchangeCode, issuerEntry?.Name ?? d.Issuer ?? "(không rõ cơ quan ban hành)"),
            To = resolved.Recipients.Select(r => new EdXmlParty(r.Entry.ExchangeCode, r.Entry.Name)).ToList(),
            Metadata = d,
            DueDate = dueDate,
            ToPlaces = resolved.Notice.Recipients.Select(m => m.Mention).Distinct(StringComparer.Ordinal).ToList(),
            AttachmentName = fileName,
            AttachmentContentType = contentType,
            Attachment = file,
        };
    }

    private static bool Same(string a, string? b) => b is not null && VietnameseText.Fold(a) == VietnameseText.Fold(b);
}
