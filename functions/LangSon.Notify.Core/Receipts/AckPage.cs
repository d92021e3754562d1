using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LangSon.Notify.Core.Receipts;

/// <summary>The small Vietnamese page behind an acknowledgement link: what the notice is, what was answered, and a form that POSTs the next status.</summary>
public static class AckPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="action">The path the form posts to.</param>
    /// <param name="preset">The status or task the link was for (from its query), selected in the form.</param>
    /// <param name="antiforgery">The hidden field's name and value.</param>
    public static string Render(AckOutcome outcome, string action, string? presetStatus, string? presetTask, (string Name, string Value)? antiforgery)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<title>Xác nhận văn bản</title><style>body{font-family:Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}fieldset{margin:1em 0}.msg{padding:.5em;border-left:4px solid #2d6a9f;background:#eef4fa}</style></head><body>");
        if (outcome.Message.Length > 0)
        {
            s.Append("<p class=\"msg\" role=\"status\">").Append(E(outcome.Message)).Append("</p>");
        }

        if (outcome.View is not { } view)
        {
            return s.Append("</body></html>").ToString();
        }

        s.Append("<h1>").Append(E(view.Notice)).Append("</h1><p>").Append(E(view.Title)).Append("</p>")
            .Append("<p>Cơ quan nhận: <strong>").Append(E(view.Agency)).Append("</strong></p>")
            .Append("<p>Trạng thái: <strong>").Append(E(view.Answer is null ? "chưa trả lời" : $"{view.Answer} {ReceiptCodes.Label(view.Answer)}")).Append("</strong>")
            .Append(view.AnswerReason is null ? "" : $" ({E(view.AnswerReason)})").Append("</p>");
        if (view.Tasks.Count > 0)
        {
            s.Append("<ul>");
            foreach (var task in view.Tasks)
            {
                s.Append("<li>Mục ").Append(E(task.Label)).Append(": ").Append(E(task.Code is null ? "chưa báo cáo" : $"{task.Code} {ReceiptCodes.Label(task.Code)}"))
                    .Append(task.Note is null ? "" : $" ({E(task.Note)})").Append("</li>");
            }

            s.Append("</ul>");
        }

        s.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\">");
        if (antiforgery is { } af)
        {
            s.Append("<input type=\"hidden\" name=\"").Append(E(af.Name)).Append("\" value=\"").Append(E(af.Value)).Append("\">");
        }

        s.Append("<fieldset><legend>Trả lời văn bản</legend>");
        Radio(s, "03", "03 Xác nhận đã nhận (đã tiếp nhận)", presetStatus == "03" || (presetStatus is null && presetTask is null));
        Radio(s, "02", "02 Từ chối tiếp nhận", presetStatus == "02");
        s.Append("<p><label>Lý do từ chối: <input name=\"reason\" maxlength=\"500\"></label></p></fieldset>");
        if (view.Tasks.Count > 0)
        {
            s.Append("<fieldset><legend>Tiến độ nhiệm vụ</legend><p><label>Nhiệm vụ: <select name=\"task\">");
            foreach (var task in view.Tasks)
            {
                s.Append("<option value=\"").Append(E(task.Label)).Append('"').Append(task.Label == presetTask ? " selected" : "").Append(">Mục ").Append(E(task.Label)).Append("</option>");
            }

            s.Append("</select></label></p>");
            Radio(s, "04", "04 Chờ phân công", false);
            Radio(s, "05", "05 Đang xử lý", presetTask is not null);
            Radio(s, "06", "06 Đã xử lý xong", false);
            s.Append("<p><label>Ghi chú: <input name=\"note\" maxlength=\"500\"></label></p></fieldset>");
        }

        return s.Append("<p><button type=\"submit\">Gửi</button></p></form></body></html>").ToString();
    }

    private static void Radio(StringBuilder s, string code, string label, bool selected) =>
        s.Append("<p><label><input type=\"radio\" name=\"status\" value=\"").Append(code).Append('"').Append(selected ? " checked" : "").Append("> ").Append(E(label)).Append("</label></p>");

    private static string E(string value) => Html.Encode(value);
}
