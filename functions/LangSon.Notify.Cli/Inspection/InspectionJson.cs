using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Cli.Inspection;

/// <summary>The stable camelCase JSON document of <c>notify inspect --json</c>.</summary>
internal static class InspectionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Build(ParsedNotice notice, string source)
    {
        var d = notice.Document;
        return new JsonObject
        {
            ["source"] = source,
            ["document"] = new JsonObject
            {
                ["type"] = d.Type,
                ["number"] = d.Number,
                ["symbol"] = d.Symbol,
                ["issuer"] = d.Issuer,
                ["issuerParent"] = d.IssuerParent,
                ["place"] = d.Place,
                ["date"] = d.Date.ToDateOnly()?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["dateParts"] = new JsonObject { ["year"] = d.Date.Year, ["month"] = d.Date.Month, ["day"] = d.Date.Day },
                ["title"] = d.Title,
                ["urgency"] = d.Urgency,
                ["signer"] = d.Signer is null ? null : new JsonObject
                {
                    ["authority"] = d.Signer.Authority,
                    ["position"] = d.Signer.Position,
                    ["name"] = d.Signer.Name,
                },
            },
            ["addressees"] = new JsonArray(notice.Addressees.Select(a => (JsonNode?)a).ToArray()),
            ["tasks"] = new JsonArray(notice.Tasks.Select(t => (JsonNode?)new JsonObject
            {
                ["label"] = t.Label,
                ["section"] = t.Section,
                ["text"] = t.Text,
                ["deadline"] = t.Deadline,
                ["dueDate"] = t.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["kind"] = KindName(t.Kind),
                ["agencies"] = new JsonArray(t.Agencies.Select(a => (JsonNode?)new JsonObject
                {
                    ["mention"] = a.Mention,
                    ["role"] = RoleName(a.Role),
                    ["confidence"] = Math.Round(a.Confidence, 2),
                    ["doubtful"] = a.Doubtful,
                    ["doubtReasons"] = new JsonArray((a.DoubtReasons ?? []).Select(d => (JsonNode?)d).ToArray()),
                }).ToArray()),
            }).ToArray()),
            ["sections"] = new JsonArray(notice.Sections.Select(s => (JsonNode?)new JsonObject
            {
                ["label"] = s.Label,
                ["heading"] = s.Heading,
                ["kind"] = KindName(s.Kind),
            }).ToArray()),
            ["recipientLines"] = new JsonArray(notice.RecipientLines.Select(l => (JsonNode?)l).ToArray()),
            ["recipients"] = new JsonArray(notice.Recipients.Select(r => (JsonNode?)new JsonObject
            {
                ["line"] = r.Line,
                ["span"] = r.Span,
                ["mention"] = r.Mention,
                ["isGroup"] = r.IsGroup,
                ["purpose"] = r.Purpose,
                ["reference"] = r.Reference is null ? null : r.Reference.Article is { } article ? $"Điều {article}" : r.Reference.Participants ? "Thành phần" : "Kính gửi",
                ["confidence"] = Math.Round(r.Confidence, 2),
                ["doubtful"] = r.Doubtful,
                ["doubtReasons"] = new JsonArray((r.DoubtReasons ?? []).Select(d => (JsonNode?)d).ToArray()),
                ["evidence"] = new JsonArray((r.Evidence ?? []).Select(e => (JsonNode?)e).ToArray()),
                ["person"] = r.Person,
            }).ToArray()),
            ["archive"] = new JsonArray(notice.Archive.Select(a => (JsonNode?)a).ToArray()),
            ["warnings"] = new JsonArray(notice.Warnings.Select(w => (JsonNode?)new JsonObject
            {
                ["code"] = w.Code,
                ["message"] = w.Message,
            }).ToArray()),
        };
    }

    public static string KindName(TaskKind kind) => kind == TaskKind.Descriptive ? "descriptive" : "directive";

    public static string? RoleName(AgencyRole role) => role switch
    {
        AgencyRole.Lead => "chủ trì",
        AgencyRole.Coordinator => "phối hợp",
        AgencyRole.Executor => "thực hiện",
        _ => null,
    };
}
