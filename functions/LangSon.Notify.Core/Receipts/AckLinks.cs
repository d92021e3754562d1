using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>The acknowledgement links of one delivery, for the email templates: confirm, refuse, and one per task.</summary>
internal sealed class AckLinks(AckTokens tokens, IOptions<ReceiptOptions> options)
{
    public Dictionary<string, object?> Model(string noticeId, string deliveryId, IEnumerable<string> taskLabels)
    {
        var page = new Uri(options.Value.LinkBase, $"ack/{tokens.Create(noticeId, deliveryId)}").AbsoluteUri;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = page,
            ["confirm"] = $"{page}?status={ReceiptCodes.Accepted}",
            ["refuse"] = $"{page}?status={ReceiptCodes.Refused}",
            ["tasks"] = taskLabels.Distinct(StringComparer.Ordinal).Select(label => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["label"] = label,
                ["url"] = $"{page}?task={Uri.EscapeDataString(label)}",
            }).ToList(),
        };
    }
}
