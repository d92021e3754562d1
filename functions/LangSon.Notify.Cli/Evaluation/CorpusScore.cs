namespace LangSon.Notify.Cli.Evaluation;

/// <summary>Totals over an annotated corpus, as score_inspect.py computes them.</summary>
internal sealed class CorpusScore
{
    public int RecipientTruePositives { get; set; }
    public int RecipientGold { get; set; }
    public int RecipientPredicted { get; set; }
    public int PurposeCorrect { get; set; }
    public int PurposeCompared { get; set; }
    public int ArchiveTruePositives { get; set; }
    public int ArchiveGold { get; set; }
    public int ArchivePredicted { get; set; }
    public int TaskTruePositives { get; set; }
    public int TaskGold { get; set; }
    public int TaskPredicted { get; set; }
    public Dictionary<string, (int Correct, int Total)> Metadata { get; } = [];
    public List<string> Rows { get; } = [];
    public List<DocumentScore> Documents { get; } = [];

    /// <summary>Nơi nhận lines that are wrong while none of their mentions is flagged doubtful, over all lines.</summary>
    public double SilentWrongRate => Ratio(Documents.Sum(d => d.SilentWrongLines), Documents.Sum(d => d.Lines));

    /// <summary>Right lines flagged doubtful anyway, over right lines.</summary>
    public double FalseAlarmRate => Ratio(Documents.Sum(d => d.FalseAlarmLines), Documents.Sum(d => d.RightLines));

    public int MetadataCorrect => Metadata.Values.Sum(v => v.Correct);
    public int MetadataTotal => Metadata.Values.Sum(v => v.Total);
    public double MetadataAccuracy => MetadataTotal == 0 ? 0 : (double)MetadataCorrect / MetadataTotal;
    public (double P, double R, double F) Recipients => Prf(RecipientTruePositives, RecipientGold, RecipientPredicted);
    public (double P, double R, double F) Tasks => Prf(TaskTruePositives, TaskGold, TaskPredicted);
    public (double P, double R, double F) Archive => Prf(ArchiveTruePositives, ArchiveGold, ArchivePredicted);
    public double PurposeAccuracy => PurposeCompared == 0 ? 1.0 : (double)PurposeCorrect / PurposeCompared;

    public void CountMetadata(string field, bool correct)
    {
        var (c, t) = Metadata.TryGetValue(field, out var v) ? v : (0, 0);
        Metadata[field] = (c + (correct ? 1 : 0), t + 1);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public static (double P, double R, double F) Prf(int tp, int gold, int predicted)
    {
        var p = predicted > 0 ? (double)tp / predicted : gold == 0 ? 1.0 : 0.0;
        var r = gold > 0 ? (double)tp / gold : 1.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }
}
