using System.Globalization;
using System.Text;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.TestHost.StandIns;

/// <summary>Each Nơi nhận mention becomes one agency with a fictitious *.example address; every task is its excerpt.</summary>
internal sealed class ResolverStandIn : INoticeResolver
{
    public ResolvedNotice Resolve(ParsedNotice notice)
    {
        var excerpts = notice.Tasks.Select(t => new Excerpt(t.Label, t.Text, ExcerptReason.General, null, "kết luận chung")).ToList();
        var recipients = notice.Recipients
            .Where(m => !m.Mention.Contains("không tồn tại", StringComparison.Ordinal))
            .Select(m => new ResolvedRecipient(Entry(Slug(m.Mention), m.Mention), [m], excerpts))
            .GroupBy(r => r.Entry.Id, StringComparer.Ordinal).Select(g => g.First())
            .ToList();
        return new ResolvedNotice { Notice = notice, DirectoryEffective = new DateOnly(2020, 1, 1), Recipients = recipients };
    }

    internal static DirectoryEntry Entry(string id, string name) => new()
    {
        Id = id,
        Name = name,
        Kind = "organisation",
        Contacts = new Contacts { Emails = [$"{id}@langson.example"], Mobiles = ["+84 900 000 000"], Channels = ["email"] },
    };

    internal static string Slug(string text)
    {
        var plain = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in plain)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }
}
