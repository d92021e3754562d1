using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Templates;
using Microsoft.Extensions.Options;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Builds one recipient's email from the Liquid templates: subject with number and title, HTML and text parts, excerpts with reasons, the file attached or linked.</summary>
internal sealed partial class EmailComposer(LiquidTemplates templates, NoticeFiles files, AckLinks ackLinks, IOptions<DispatchOptions> options, TimeProvider time)
{
    public async Task<EmailMessage> ComposeAsync(DispatchPlan plan, PlanRecipient recipient, DeliveryRecord delivery, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var fileName = Path.GetFileName(plan.BlobName);
        var recall = delivery.Kind == DeliveryKinds.Recall;
        EmailAttachment? attachment = null;
        Uri? link = null;
        string? linkExpires = null;
        if (recall)
        {
            // A recall withdraws the notice: it carries neither the file nor a link to it.
        }
        else if (plan.ContentLength <= o.AttachmentMaxBytes)
        {
            var content = await files.GetContentAsync(plan.BlobName, cancellationToken).ConfigureAwait(false);
            attachment = new EmailAttachment(fileName, ContentTypeOf(plan.Kind), content);
        }
        else
        {
            link = await files.GetLinkAsync(plan.BlobName, o.LinkLifetime, cancellationToken).ConfigureAwait(false);
            linkExpires = time.GetUtcNow().Add(o.LinkLifetime).ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        var model = Model(plan, recipient, delivery, o.IssuerName);
        model["file_name"] = fileName;
        model["link"] = link?.ToString();
        model["link_expires"] = linkExpires;
        model["ack"] = ackLinks.Model(plan.NoticeId, delivery.DeliveryId, recipient.Excerpts.Where(PlanExcerpt.IsTask).Select(e => e.TaskLabel).OfType<string>());

        var subject = Whitespace().Replace(await templates.RenderAsync(recall ? LiquidTemplates.RecallSubject : LiquidTemplates.Subject, model).ConfigureAwait(false), " ").Trim();
        var html = await templates.RenderAsync(recall ? LiquidTemplates.RecallHtml : LiquidTemplates.Html, model).ConfigureAwait(false);
        var text = await templates.RenderAsync(recall ? LiquidTemplates.RecallText : LiquidTemplates.Text, model).ConfigureAwait(false);
        return new EmailMessage(plan.NoticeId, delivery.DeliveryId, delivery.Address, recipient.Name, subject, html, text.Trim() + "\n", attachment, link);
    }

    internal static Dictionary<string, object?> Model(DispatchPlan plan, PlanRecipient recipient, DeliveryRecord delivery, string issuer)
    {
        var doc = plan.Document;
        var tasks = recipient.Excerpts.Where(PlanExcerpt.IsTask).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["issuer"] = issuer,
            ["delivery_id"] = delivery.DeliveryId,
            ["kind"] = delivery.Kind,
            ["notice"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = doc.Type ?? "Văn bản",
                ["number"] = doc.DisplayNumber,
                ["title"] = doc.Title ?? "(không có trích yếu)",
                ["date"] = doc.Date,
                ["urgency"] = doc.Urgency,
                ["urgency_mark"] = doc.Urgency?.ToUpper(CultureInfo.GetCultureInfo("vi-VN")),
                ["signer"] = doc.Signer,
            },
            ["recipient"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = recipient.Name, ["id"] = recipient.EntryId },
            ["excerpts"] = recipient.Excerpts.Where(e => e.Reason != "field").Select(ExcerptModel).ToList(),
            ["related"] = recipient.Excerpts.Where(e => e.Reason == "field").Select(ExcerptModel).ToList(),
            ["tasks"] = tasks.Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["label"] = e.TaskLabel,
                ["gist"] = Gist(e.Text),
                ["role"] = RoleName(e),
                ["due"] = e.DueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            }).ToList(),
            ["task_labels"] = tasks.Select(e => e.TaskLabel).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            ["context"] = plan.Context ?? [],
            ["due"] = tasks.Min(e => e.DueDate)?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }

    private static Dictionary<string, object?> ExcerptModel(PlanExcerpt e)
    {
        var lines = e.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new(StringComparer.Ordinal)
        {
            ["label"] = e.TaskLabel,
            ["text"] = e.Text,

            // A cut item starts with its heading on a line of its own; the rest are its sentences.
            ["heading"] = lines.Length > 1 && e.TaskLabel is null ? lines[0] : null,
            ["paragraphs"] = lines.Length > 1 && e.TaskLabel is null ? lines[1..] : lines,
            ["why"] = e.Why,
            ["reason"] = e.Reason,
            ["role"] = e.Role,
            ["role_name"] = RoleName(e),
            ["due"] = e.DueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }

    private static string RoleName(PlanExcerpt e) => e.Reason switch
    {
        "lead" => "Chủ trì",
        "coordinator" => "Phối hợp",
        "named" => e.Role == "executor" ? "Thực hiện" : "Được nêu tên",
        "group" => "Thuộc nhóm được giao",
        "field" => "Có thể liên quan",
        _ => "Để biết",
    };

    /// <summary>The first words of an item, for the summary table.</summary>
    private static string Gist(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 ? string.Join(' ', words) : string.Join(' ', words.Take(14)).TrimEnd(',', ';', ':', '.') + " …";
    }

    private static string ContentTypeOf(string kind) => kind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/plain; charset=utf-8",
    };

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Whitespace();
}
