using LangSon.Notify.Core.Parsing;
using LangSon.Notify.Core.Reading;

namespace LangSon.Notify.Cli;

/// <summary>The Core services the verbs use; the CLI needs no host.</summary>
internal static class CliServices
{
    public static IDocumentReader Reader() => new TextOnlyReader();

    public static INoticeParser Parser() => new NoticeParser();

    private sealed class TextOnlyReader : IDocumentReader
    {
        public DocumentText Read(Stream content, string sourceName)
        {
            using var r = new StreamReader(content);
            return new DocumentText(r.ReadToEnd(), [0], DocumentKind.Text);
        }
    }
}
