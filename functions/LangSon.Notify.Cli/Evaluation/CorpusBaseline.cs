using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LangSon.Notify.Cli.Evaluation;

/// <summary>
/// Per-document figures committed beside the tests. The corpus grows, so the gate is "no document got worse",
/// not an absolute threshold that every new document would break.
/// </summary>
internal static class CorpusBaseline
{
    private const double Tolerance = 1e-6; // the file keeps six decimals

    public static void Save(CorpusScore score, FileInfo file)
    {
        var root = new JsonObject();
        foreach (var d in score.Documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            root[d.Name] = new JsonObject
            {
                ["recipientF1"] = Math.Round(d.RecipientF1, 6),
                ["taskF1"] = Math.Round(d.TaskF1, 6),
                ["metadataCorrect"] = d.MetadataCorrect,
                ["silentWrongLines"] = d.SilentWrongLines,
            };
        }

        File.WriteAllText(file.FullName, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Each way a document scores below its baseline; documents the baseline lacks are only named.</summary>
    public static IReadOnlyList<string> Regressions(CorpusScore score, FileInfo file, out IReadOnlyList<string> unknown)
    {
        var baseline = JsonNode.Parse(File.ReadAllText(file.FullName)) as JsonObject
            ?? throw new InvalidDataException($"{file.FullName}: not a JSON object of per-document figures");
        var regressions = new List<string>();
        var missing = new List<string>();
        foreach (var d in score.Documents)
        {
            if (baseline[d.Name] is not JsonObject was)
            {
                missing.Add(d.Name);
                continue;
            }

            Check(d.Name, "recipient F1", d.RecipientF1, (double?)was["recipientF1"] ?? 0, higherIsBetter: true);
            Check(d.Name, "task-agency F1", d.TaskF1, (double?)was["taskF1"] ?? 0, higherIsBetter: true);
            Check(d.Name, "metadata fields right", d.MetadataCorrect, (int?)was["metadataCorrect"] ?? 0, higherIsBetter: true);
            Check(d.Name, "silent wrong lines", d.SilentWrongLines, (int?)was["silentWrongLines"] ?? int.MaxValue, higherIsBetter: false);
        }

        unknown = missing;
        return regressions;

        void Check(string name, string field, double now, double was, bool higherIsBetter)
        {
            if (higherIsBetter ? now < was - Tolerance : now > was + Tolerance)
            {
                regressions.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {field} {was:0.###} -> {now:0.###}"));
            }
        }
    }
}
