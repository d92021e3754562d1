using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Resolves to a fixed set of agencies, or throws what it is told to, counting calls.</summary>
internal sealed class ScriptedResolver : INoticeResolver
{
    public int Calls { get; private set; }

    public IReadOnlyList<string> AgencyIds { get; set; } = ["so-khdt", "so-tc"];

    public Exception? Failure { get; set; }

    public ResolvedNotice Resolve(ParsedNotice notice)
    {
        Calls++;
        if (Failure is not null)
        {
            throw Failure;
        }

        return new ResolvedNotice
        {
            Notice = notice,
            DirectoryEffective = new DateOnly(2020, 1, 1),
            Recipients = AgencyIds.Select(id => new ResolvedRecipient(
                new DirectoryEntry { Id = id, Name = id, Kind = "organisation", Contacts = new Contacts { Emails = [$"{id}@langson.example"] } },
                [],
                [new Excerpt("1.", "Nội dung", ExcerptReason.General, null, "kết luận chung")])).ToList(),
            Unresolved = AgencyIds.Count == 0
                ? [new UnresolvedMention(new RecipientMention(0, "Sở Không Tồn Tại", "Sở Không Tồn Tại", false, null), "no directory entry", [])]
                : [],
        };
    }
}
