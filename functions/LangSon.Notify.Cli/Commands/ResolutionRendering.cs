using System.Globalization;
using System.Text.Json.Nodes;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Cli.Commands;

/// <summary>The resolved part of <c>notify inspect</c>: per recipient, its entries and excerpts with reasons.</summary>
internal static class ResolutionRendering
{
    private const int ExcerptPreview = 110;

    public static void WriteText(TextWriter output, ResolvedNotice resolved)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Directory in force from {resolved.DirectoryEffective:dd'/'MM'/'yyyy}: {resolved.Recipients.Count} recipient(s), {resolved.Unresolved.Count} unresolved."));
        foreach (var mention in resolved.Notice.Recipients)
        {
            var entries = EntriesFrom(resolved, mention);
            output.WriteLine(string.Create(inv, $"  [{mention.Line}] {mention.Mention} → {(entries.Count == 0 ? "(nothing)" : $"{entries.Count}: {string.Join(", ", entries.Select(e => e.Entry.Name))}")}"));
        }

        output.WriteLine();
        output.WriteLine("Excerpts per recipient:");
        foreach (var recipient in resolved.Recipients)
        {
            output.WriteLine(string.Create(inv, $"  {recipient.Entry.Name} ({recipient.Entry.Id})"));
            foreach (var excerpt in recipient.Excerpts)
            {
                var text = excerpt.Text.ReplaceLineEndings(" ");
                var preview = text.Length > ExcerptPreview ? text[..ExcerptPreview] + "…" : text;
                output.WriteLine(string.Create(inv, $"    {excerpt.TaskLabel ?? "¶",-5} {ReasonName(excerpt.Reason),-11} {excerpt.Why}: {preview}"));
            }
        }

        if (resolved.Unresolved.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Unresolved:");
            foreach (var unresolved in resolved.Unresolved)
            {
                output.WriteLine(string.Create(inv, $"  [{unresolved.Mention.Line}] {unresolved.Mention.Mention}: {unresolved.Reason}"));
                if (unresolved.Successor is { } successor)
                {
                    output.WriteLine($"      successor: {successor}");
                }

                if (unresolved.Candidates.Count > 0)
                {
                    output.WriteLine($"      did you mean: {string.Join("; ", unresolved.Candidates)}");
                }
            }
        }

        if (resolved.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Resolution warnings:");
            foreach (var warning in resolved.Warnings)
            {
                output.WriteLine($"  {warning.Code}: {warning.Message}");
            }
        }
    }

    /// <summary>
    /// Adds the resolution to an inspect JSON document: <c>recipients[].resolved [{id, name}]</c> (one recipients[]
    /// item per parsed mention, created when absent), <c>excerpts [{recipientId, items [{taskLabel, reason, role, why}]}]</c>,
    /// <c>unresolved</c>, <c>resolutionWarnings</c> and <c>directoryEffective</c>.
    /// </summary>
    public static void AddTo(JsonObject inspect, ResolvedNotice resolved)
    {
        var mentions = resolved.Notice.Recipients;
        if (inspect["recipients"] is not JsonArray recipients || recipients.Count != mentions.Count)
        {
            recipients = new JsonArray(mentions.Select(m => (JsonNode)new JsonObject
            {
                ["line"] = m.Line,
                ["span"] = m.Span,
                ["mention"] = m.Mention,
                ["isGroup"] = m.IsGroup,
            }).ToArray());
            inspect["recipients"] = recipients;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (recipients[i] is JsonObject item)
            {
                item["resolved"] = new JsonArray(EntriesFrom(resolved, mentions[i])
                    .Select(r => (JsonNode)new JsonObject { ["id"] = r.Entry.Id, ["name"] = r.Entry.Name })
                    .ToArray());
            }
        }

        inspect["directoryEffective"] = resolved.DirectoryEffective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        inspect["excerpts"] = new JsonArray(resolved.Recipients.Select(r => (JsonNode)new JsonObject
        {
            ["recipientId"] = r.Entry.Id,
            ["items"] = new JsonArray(r.Excerpts.Select(e => (JsonNode)new JsonObject
            {
                ["taskLabel"] = e.TaskLabel,
                ["reason"] = ReasonName(e.Reason),
                ["role"] = e.Role is { } role ? RoleName(role) : null,
                ["why"] = e.Why,
            }).ToArray()),
        }).ToArray());
        inspect["unresolved"] = new JsonArray(resolved.Unresolved.Select(u => (JsonNode)new JsonObject
        {
            ["line"] = u.Mention.Line,
            ["mention"] = u.Mention.Mention,
            ["reason"] = u.Reason,
            ["candidates"] = new JsonArray(u.Candidates.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["successor"] = u.Successor,
        }).ToArray());
        inspect["resolutionWarnings"] = new JsonArray(resolved.Warnings.Select(w => (JsonNode)new JsonObject
        {
            ["code"] = w.Code,
            ["message"] = w.Message,
        }).ToArray());
    }

    private static List<ResolvedRecipient> EntriesFrom(ResolvedNotice resolved, RecipientMention mention) =>
        resolved.Recipients.Where(r => r.Sources.Any(s => s.IsSameAs(mention))).ToList();

    public static string ReasonName(ExcerptReason reason) => reason switch
    {
        ExcerptReason.Lead => "lead",
        ExcerptReason.Coordinator => "coordinator",
        ExcerptReason.Named => "named",
        ExcerptReason.Group => "group",
        ExcerptReason.Field => "field",
        _ => "general",
    };

    public static string RoleName(AgencyRole role) => role switch
    {
        AgencyRole.Lead => "lead",
        AgencyRole.Coordinator => "coordinator",
        AgencyRole.Executor => "executor",
        _ => "mentioned",
    };
}
