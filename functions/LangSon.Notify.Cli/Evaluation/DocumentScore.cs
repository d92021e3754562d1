namespace LangSon.Notify.Cli.Evaluation;

/// <summary>One annotated document's counts, the unit the regression baseline compares.</summary>
internal sealed record DocumentScore(
    string Name,
    int RecipientTruePositives,
    int RecipientGold,
    int RecipientPredicted,
    int TaskTruePositives,
    int TaskGold,
    int TaskPredicted,
    int MetadataCorrect,
    int MetadataTotal,
    int Lines,
    int WrongLines,
    int SilentWrongLines,
    int RightLines,
    int FalseAlarmLines,
    IReadOnlyList<string> Misses)
{
    public double RecipientF1 => CorpusScore.Prf(RecipientTruePositives, RecipientGold, RecipientPredicted).F;

    public double TaskF1 => CorpusScore.Prf(TaskTruePositives, TaskGold, TaskPredicted).F;
}
