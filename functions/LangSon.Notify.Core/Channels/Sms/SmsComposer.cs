using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Templates;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>One SMS of at most 160 GSM-7 characters: issuer, number, a title shortened to fit, the agency's task labels and earliest due date, a pointer to the email.</summary>
internal sealed class SmsComposer(LiquidTemplates templates, IOptions<DispatchOptions> options)
{
    public const int MaxLength = 160;

    public async Task<SmsMessage> ComposeAsync(DispatchPlan plan, PlanRecipient recipient, DeliveryRecord delivery)
    {
        var model = EmailComposer.Model(plan, recipient, delivery, Gsm7.Convert(options.Value.IssuerName));
        var notice = (Dictionary<string, object?>)model["notice"]!;
        notice["type"] = Gsm7.Convert((string)notice["type"]!);
        notice["number"] = Gsm7.Convert((string)notice["number"]!);
        var title = Gsm7.Convert(plan.Document.Title ?? "");

        model["title"] = title;
        var template = delivery.Kind == DeliveryKinds.Recall ? LiquidTemplates.RecallSms : LiquidTemplates.Sms;
        var body = Gsm7.Convert(await templates.RenderAsync(template, model).ConfigureAwait(false));
        var excess = Gsm7.Length(body) - MaxLength;
        if (excess > 0)
        {
            // Shorten only the title, at a word boundary, so the number and the pointer to the email survive.
            var keep = Math.Max(0, title.Length - excess - 3);
            var cut = title[..keep];
            var space = cut.LastIndexOf(' ');
            cut = (space > keep / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':', '-');
            model["title"] = cut + "...";
            body = Gsm7.Convert(await templates.RenderAsync(template, model).ConfigureAwait(false));
        }

        // Many tasks: the first labels and a count of the rest, so the due date and the pointer to the email survive.
        var labels = (List<string>)model["task_labels"]!;
        for (var keep = labels.Count - 1; Gsm7.Length(body) > MaxLength && keep >= 1; keep--)
        {
            model["task_labels"] = labels.Take(keep).Append($"+{labels.Count - keep} muc khac").ToList();
            body = Gsm7.Convert(await templates.RenderAsync(template, model).ConfigureAwait(false));
        }

        if (Gsm7.Length(body) > MaxLength)
        {
            body = body[..MaxLength];
        }

        return new SmsMessage(plan.NoticeId, delivery.DeliveryId, delivery.Address, body);
    }
}
