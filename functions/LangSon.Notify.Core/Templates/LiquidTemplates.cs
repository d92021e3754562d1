using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using LangSon.Notify.Core.Dispatch;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Templates;

/// <summary>
/// Renders the Liquid files in the templates folder. A file is re-read when it changes on disk, so staff can edit
/// wording without a rebuild. HTML templates encode every value; text templates (subject, plain text, SMS) do not,
/// since their output is never interpreted as markup.
/// </summary>
internal sealed class LiquidTemplates
{
    public const string Subject = "email-subject.liquid";
    public const string Html = "email-body.html.liquid";
    public const string Text = "email-body.txt.liquid";
    public const string Sms = "sms.liquid";
    public const string RecallSubject = "recall-email-subject.liquid";
    public const string RecallHtml = "recall-email-body.html.liquid";
    public const string RecallText = "recall-email-body.txt.liquid";
    public const string RecallSms = "recall-sms.liquid";

    public static readonly IReadOnlyList<string> All = [Subject, Html, Text, Sms, RecallSubject, RecallHtml, RecallText, RecallSms];

    // Keeps Vietnamese letters readable in the HTML source while still escaping markup characters.
    private static readonly HtmlEncoder HtmlEncoding = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, (DateTime Written, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);
    private readonly string _folder;

    public LiquidTemplates(IOptions<DispatchOptions> options)
    {
        _folder = string.IsNullOrWhiteSpace(options.Value.TemplatesPath)
            ? Path.Combine(AppContext.BaseDirectory, "Templates")
            : Path.GetFullPath(options.Value.TemplatesPath);
    }

    public string Folder => _folder;

    /// <summary>Parses every template; throws naming the file and the problem. Called at start.</summary>
    public void Validate()
    {
        foreach (var name in All)
        {
            _ = Load(name);
        }
    }

    public async Task<string> RenderAsync(string name, IReadOnlyDictionary<string, object?> model)
    {
        var template = Load(name);
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, FluidValue.Create(value, _options));
        }

        var encoder = name.EndsWith(".html.liquid", StringComparison.Ordinal) ? (TextEncoder)HtmlEncoding : NullEncoder.Default;
        return await template.RenderAsync(context, encoder).ConfigureAwait(false);
    }

    private IFluidTemplate Load(string name)
    {
        var path = Path.Combine(_folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Template {name} is missing: expected it at {path} (set Notify:Dispatch:TemplatesPath to the templates folder).", path);
        }

        var written = File.GetLastWriteTimeUtc(path);
        if (_cache.TryGetValue(name, out var cached) && cached.Written == written)
        {
            return cached.Template;
        }

        var source = File.ReadAllText(path);
        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidDataException($"Template {path} is not valid Liquid: {error}");
        }

        _cache[name] = (written, template);
        return template;
    }
}
