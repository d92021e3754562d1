namespace LangSon.Notify.Cli.Tests.Support;

/// <summary>A fact that needs the shared annotated corpus at ../shared/corpus; skipped, saying so, where it is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Directory is null)
        {
            Skip = "../shared/corpus is absent: the corpus evaluation is skipped";
        }
    }
}
