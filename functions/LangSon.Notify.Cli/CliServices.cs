using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Cli;

/// <summary>The Core services the verbs use; the CLI needs no host.</summary>
internal static class CliServices
{
    public static IDocumentReader Reader() => ReadingServiceCollectionExtensions.CreateReader();

    public static INoticeParser Parser() => ParsingServiceCollectionExtensions.CreateParser();
}
