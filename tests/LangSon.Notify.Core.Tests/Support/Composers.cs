using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Templates;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Composers wired to the real templates; storage points at an Azurite-style account but composing with a link needs no network.</summary>
internal static class Composers
{
    public const string Connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    public static FakeTimeProvider Time { get; } = new(new DateTimeOffset(2020, 7, 20, 8, 0, 0, TimeSpan.Zero));

    public static DispatchOptions Options(string? templates = null) => new() { AttachmentMaxBytes = 0, TemplatesPath = templates };

    public static LiquidTemplates Templates(DispatchOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));

    public static EmailComposer Email(DispatchOptions? options = null)
    {
        options ??= Options();
        var storage = new NotifyStorage(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = Connection }));
        return new EmailComposer(Templates(options), new NoticeFiles(storage, Time), AckLinks(), Microsoft.Extensions.Options.Options.Create(options), Time);
    }

    public static ReceiptOptions Receipts { get; } = new() { PublicBaseUrl = "https://notify.langson.example", LinkKey = "test-link-key-0123456789abcdef0123456789" };

    public static AckLinks AckLinks()
    {
        var receipts = Microsoft.Extensions.Options.Options.Create(Receipts);
        return new AckLinks(new AckTokens(receipts, Time), receipts);
    }

    public static SmsComposer Sms(DispatchOptions? options = null)
    {
        options ??= Options();
        return new SmsComposer(Templates(options), Microsoft.Extensions.Options.Options.Create(options));
    }
}
