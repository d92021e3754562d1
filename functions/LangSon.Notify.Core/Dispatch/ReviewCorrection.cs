using System.Text.Json;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>A clerk's correction of one Nơi nhận mention (identified by its line and printed span): send it to the chosen directory entries, or to nobody.</summary>
public sealed record ReviewCorrection(int Line, string Span, IReadOnlyList<string> EntryIds, bool Skip)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<ReviewCorrection> corrections) => JsonSerializer.Serialize(corrections, Json);

    public static IReadOnlyList<ReviewCorrection> Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<ReviewCorrection>>(json, Json) ?? [];

    public bool Matches(RecipientMention mention) => mention.Line == Line && string.Equals(mention.Span, Span, StringComparison.Ordinal);

    /// <summary>
    /// Resolves the notice with the corrections applied: a skipped mention is dropped, a mapped mention becomes one
    /// mention per chosen entry, named exactly as in the directory, so excerpts are built as for any recipient.
    /// An entry the resolver still does not return is added without excerpts: the clerk's choice wins.
    /// </summary>
    public static ResolvedNotice Apply(ParsedNotice parsed, IReadOnlyList<ReviewCorrection> corrections, INoticeResolver resolver, DirectoryCatalog catalog)
    {
        var directory = catalog.Select(parsed.Document.Date.EffectiveDate()).Directory;
        var mentions = new List<RecipientMention>();
        var chosen = new List<(DirectoryEntry Entry, RecipientMention Mention)>();
        foreach (var mention in parsed.Recipients)
        {
            var correction = corrections.FirstOrDefault(c => c.Matches(mention));
            if (correction is null)
            {
                mentions.Add(mention);
                continue;
            }

            if (correction.Skip)
            {
                continue;
            }

            foreach (var id in correction.EntryIds.Distinct(StringComparer.Ordinal))
            {
                var entry = directory.FindEntry(id) ?? throw new ArgumentException($"The directory in force has no entry '{id}'.", nameof(corrections));
                var replaced = mention with { Mention = entry.Name, IsGroup = false, Reference = null, DoubtReasons = null, Confidence = 1.0 };
                mentions.Add(replaced);
                chosen.Add((entry, replaced));
            }
        }

        var resolved = resolver.Resolve(parsed with { Recipients = mentions });
        var missing = chosen.Where(c => resolved.Recipients.All(r => r.Entry.Id != c.Entry.Id)).ToList();
        var chosenMentions = chosen.Select(c => c.Mention).ToHashSet();
        return resolved with
        {
            Recipients = [.. resolved.Recipients, .. missing.GroupBy(m => m.Entry.Id).Select(g => new ResolvedRecipient(g.First().Entry, g.Select(m => m.Mention).ToList(), []))],
            // A mapped mention the matcher still finds doubtful was settled by the clerk.
            Unresolved = resolved.Unresolved.Where(u => !chosenMentions.Contains(u.Mention)).ToList(),
        };
    }
}
