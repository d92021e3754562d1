using System.Text;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Cli.Inspection;

/// <summary>The readable summary of <c>notify inspect</c>.</summary>
internal static class TextReport
{
    public static string Build(ParsedNotice notice, string source)
    {
        var d = notice.Document;
        var b = new StringBuilder();
        b.AppendLine($"Notice      {source}");
        b.AppendLine($"Type        {d.Type ?? "?"}{(d.Urgency is null ? string.Empty : "  [" + d.Urgency + "]")}");
        b.AppendLine($"Number      {d.Number ?? "(blank) /" + d.Symbol}");
        b.AppendLine($"Issuer      {d.Issuer ?? "?"}");
        b.AppendLine($"Place, date {d.Place ?? "?"}, {FormatDate(d.Date)}");
        b.AppendLine($"Title       {d.Title ?? "?"}");
        b.AppendLine($"Signer      {d.Signer?.Authority} {d.Signer?.Position} — {d.Signer?.Name ?? "?"}".Replace("  ", " ", StringComparison.Ordinal));
        if (notice.Addressees.Count > 0)
        {
            b.AppendLine($"Kính gửi    {string.Join("; ", notice.Addressees)}");
        }

        b.AppendLine();
        b.AppendLine($"Tasks ({notice.Tasks.Count})");
        foreach (var task in notice.Tasks)
        {
            var excerpt = task.Text.Length > 90 ? task.Text[..90] + "…" : task.Text;
            b.AppendLine($"  {task.Label,-7} {excerpt}");
            if (task.Deadline is not null)
            {
                b.AppendLine($"          deadline: {task.Deadline}");
            }

            foreach (var agency in task.Agencies)
            {
                b.AppendLine($"          - {agency.Mention}{(InspectionJson.RoleName(agency.Role) is { } role ? " (" + role + ")" : string.Empty)}");
            }
        }

        b.AppendLine();
        b.AppendLine("Nơi nhận");
        for (var l = 0; l < notice.RecipientLines.Count; l++)
        {
            b.AppendLine($"  [{l}] {notice.RecipientLines[l]}");
            foreach (var r in notice.Recipients.Where(r => r.Line == l))
            {
                var flags = (r.IsGroup ? " [nhóm]" : string.Empty) + (r.Purpose is null ? string.Empty : " (" + r.Purpose + ")");
                b.AppendLine($"       → {r.Mention}{flags}");
            }
        }

        b.AppendLine($"Lưu (archive, not recipients): {string.Join(", ", notice.Archive)}");
        if (notice.Warnings.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("Warnings");
            foreach (var w in notice.Warnings)
            {
                b.AppendLine($"  {w.Code}: {w.Message}");
            }
        }

        return b.ToString();
    }

    private static string FormatDate(NoticeDate date) =>
        $"ngày {date.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "__"} tháng {date.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "__"} năm {date.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "____"}";
}
