using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using LangSon.Notify.Cli.Evaluation;
using LangSon.Notify.Cli.Inspection;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify evaluate CORPUS</c>: scores the parser against annotated documents (NNN.txt or NNN.pdf beside NNN.json).</summary>
internal static class EvaluateCommand
{
    public sealed record Thresholds(double Recipients = 0.95, double Metadata = 0.95, double Tasks = 0.85, double SilentWrong = 0.02, double FalseAlarms = 0.15);

    public static Command Create(Func<IDocumentReader> reader, Func<INoticeParser> parser)
    {
        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "Folder of annotated documents." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Also write each NNN.out.json here, for score_inspect.py." };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "Per-document figures to compare with: fails when any document scores lower, whatever the totals." };
        var saveBaseline = new Option<FileInfo?>("--save-baseline") { Description = "Write this run's per-document figures, to become the new baseline." };
        var command = new Command("evaluate", "Score notice parsing against an annotated corpus; fails below the quality bar, or below --baseline.") { corpus, output, baseline, saveBaseline };
        command.SetAction(result =>
        {
            var dir = result.GetValue(corpus)!;
            if (!dir.Exists)
            {
                Console.Error.WriteLine($"{dir.FullName}: corpus folder not found");
                return ExitCodes.FileNotFound;
            }

            var score = Run(dir, result.GetValue(output), reader(), parser());
            Console.Out.Write(Report(score, new Thresholds(), out var holds));
            if (result.GetValue(saveBaseline) is { } save)
            {
                CorpusBaseline.Save(score, save);
                Console.Out.WriteLine($"baseline written to {save.FullName}");
            }

            if (result.GetValue(baseline) is not { } compare)
            {
                return holds ? ExitCodes.Ok : ExitCodes.BelowThreshold;
            }

            if (!compare.Exists)
            {
                Console.Error.WriteLine($"{compare.FullName}: baseline file not found");
                return ExitCodes.FileNotFound;
            }

            var regressions = CorpusBaseline.Regressions(score, compare, out var unknown);
            Console.Out.WriteLine(regressions.Count == 0 ? $"no document below {compare.Name}" : $"{regressions.Count} regressions against {compare.Name}:");
            foreach (var line in regressions)
            {
                Console.Out.WriteLine("  " + line);
            }

            if (unknown.Count > 0)
            {
                Console.Out.WriteLine($"not in the baseline (not gated): {string.Join(", ", unknown)}");
            }

            return regressions.Count == 0 ? ExitCodes.Ok : ExitCodes.BelowThreshold;
        });
        return command;
    }

    public static CorpusScore Run(DirectoryInfo corpus, DirectoryInfo? output, IDocumentReader reader, INoticeParser parser)
    {
        output?.Create();
        var score = new CorpusScore();
        foreach (var annotation in corpus.GetFiles("*.json").Where(f => !f.Name.EndsWith(".out.json", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(annotation.Name);
            var gold = JsonNode.Parse(File.ReadAllText(annotation.FullName)) as JsonObject ?? [];
            var document = new[] { ".txt", ".pdf", ".docx" }.Select(e => new FileInfo(Path.Combine(corpus.FullName, name + e))).FirstOrDefault(f => f.Exists);
            JsonObject? predicted = null;
            if (document is not null)
            {
                try
                {
                    using var stream = document.OpenRead();
                    predicted = InspectionJson.Build(parser.Parse(reader.Read(stream, document.Name).Text), document.Name);
                }
                catch (DocumentReadException ex)
                {
                    Console.Error.WriteLine($"{document.Name}: {ex.Problem}");
                }
            }

            if (output is not null && predicted is not null)
            {
                File.WriteAllText(Path.Combine(output.FullName, name + ".out.json"), predicted.ToJsonString(InspectionJson.Options));
            }

            CorpusScorer.ScoreDocument(name, gold, predicted, score);
        }

        return score;
    }

    public static string Report(CorpusScore s, Thresholds thresholds, out bool holds)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var row in s.Rows)
        {
            w.WriteLine(row);
        }

        foreach (var d in s.Documents.Where(d => d.Misses.Count > 0))
        {
            w.WriteLine();
            w.WriteLine($"{d.Name}: {d.WrongLines} of {d.Lines} Nơi nhận lines wrong, {d.SilentWrongLines} of them not flagged");
            foreach (var miss in d.Misses)
            {
                w.WriteLine("  " + miss);
            }
        }

        w.WriteLine();
        w.WriteLine("field                precision  recall     F1 / accuracy");
        Line(w, "recipient mentions", s.Recipients);
        Line(w, "task agencies", s.Tasks);
        Line(w, "archive entries", s.Archive);
        w.WriteLine($"purposes             {s.PurposeAccuracy,31:0.000}  ({s.PurposeCompared} compared)");
        foreach (var (field, (correct, total)) in s.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"metadata.{field,-18}{(double)correct / total,24:0.000}  ({correct}/{total})");
        }

        var tasksHold = s.TaskGold == 0 || s.Tasks.F >= thresholds.Tasks;
        holds = s.Recipients.F >= thresholds.Recipients && s.MetadataAccuracy >= thresholds.Metadata && tasksHold;
        var taskText = s.TaskGold == 0 ? "n/a (no annotated task agencies)" : s.Tasks.F.ToString("0.000", CultureInfo.InvariantCulture);
        w.WriteLine();
        w.WriteLine($"purposes {s.PurposeAccuracy:0.00} ({s.PurposeCompared}); archive F1 {s.Archive.F:0.00}");
        w.WriteLine($"recipient F1 {s.Recipients.F:0.000} (P {s.Recipients.P:0.000} R {s.Recipients.R:0.000}); metadata {s.MetadataAccuracy:0.000}; task-agency F1 {taskText} over {s.Rows.Count} docs -> {(holds ? "holds" : "short")}");
        w.WriteLine($"thresholds: recipient F1 {thresholds.Recipients:0.00}, metadata {thresholds.Metadata:0.00}, task-agency F1 {thresholds.Tasks:0.00}");
        w.WriteLine($"distance: recipient F1 {Math.Min(0, s.Recipients.F - thresholds.Recipients):+0.000;-0.000;0}, metadata {Math.Min(0, s.MetadataAccuracy - thresholds.Metadata):+0.000;-0.000;0}, task-agency F1 {Math.Min(0, s.Tasks.F - thresholds.Tasks):+0.000;-0.000;0}");
        w.WriteLine($"doubt: silent wrong lines {s.SilentWrongRate:0.0%} (at most {thresholds.SilentWrong:0%}), false alarms {s.FalseAlarmRate:0.0%} (at most {thresholds.FalseAlarms:0%}) over {s.Documents.Sum(d => d.Lines)} lines");
        return w.ToString();
    }

    private static void Line(TextWriter w, string name, (double P, double R, double F) v) =>
        w.WriteLine($"{name,-20} {v.P,9:0.000}  {v.R,9:0.000}  {v.F,9:0.000}");
}
