using System.Globalization;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.TestHost.StandIns;

/// <summary>For load runs: resolves any notice to <c>count</c> synthetic agencies at *.example addresses, each with the notice's tasks as excerpts.</summary>
internal sealed class SyntheticResolver(int count) : INoticeResolver
{
    public ResolvedNotice Resolve(ParsedNotice notice)
    {
        var excerpts = notice.Tasks.Take(2).Select(t => new Excerpt(t.Label, t.Text.Length > 600 ? t.Text[..600] : t.Text, ExcerptReason.Group, null, "có tên trong nhóm thử tải")).ToList();
        var mention = new RecipientMention(0, "Các đơn vị thử tải", "Các đơn vị thử tải", true, null);
        var recipients = Enumerable.Range(1, count)
            .Select(i => new ResolvedRecipient(Entry($"load-{i.ToString("D5", CultureInfo.InvariantCulture)}", $"Đơn vị thử tải số {i}"), [mention], excerpts))
            .ToList();
        return new ResolvedNotice { Notice = notice, DirectoryEffective = new DateOnly(2020, 1, 1), Recipients = recipients };
    }

    private static DirectoryEntry Entry(string id, string name) => new()
    {
        Id = id,
        Name = name,
        Kind = "organisation",
        Contacts = new Contacts { Emails = [$"{id}@langson.example"], Mobiles = ["+84 900 000 000"], Channels = ["email"] },
    };
}
