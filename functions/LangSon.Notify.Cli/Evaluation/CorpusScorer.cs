using System.Globalization;
using System.Text.Json.Nodes;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Cli.Evaluation;

/// <summary>Scores inspect output against hand annotations with the same matching rules as score_inspect.py.</summary>
internal static class CorpusScorer
{
    public static string Norm(string? s) => s is null ? string.Empty : VietnameseText.Fold(s);

    public static double Similarity(string? a, string? b)
    {
        a = Norm(a);
        b = Norm(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.0;
        }

        var ta = a.Split(' ').ToHashSet();
        var tb = b.Split(' ').ToHashSet();
        var jaccard = (double)ta.Intersect(tb).Count() / ta.Union(tb).Count();
        return Math.Max(jaccard, SequenceMatcher.Ratio(a, b));
    }

    /// <summary>Greedy best-first one-to-one matching, as the Python scorer does.</summary>
    public static List<(int Gold, int Predicted)> Match(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, double threshold = 0.72)
    {
        var candidates = new List<(double Score, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                candidates.Add((Similarity(gold[g], predicted[p]), g, p));
            }
        }

        // Python sorts the tuples descending: score, then gold index, then predicted index.
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : y.G != x.G ? y.G.CompareTo(x.G) : y.P.CompareTo(x.P));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (score, g, p) in candidates)
        {
            if (score < threshold)
            {
                break;
            }

            if (usedGold.Contains(g) || usedPredicted.Contains(p))
            {
                continue;
            }

            usedGold.Add(g);
            usedPredicted.Add(p);
            pairs.Add((g, p));
        }

        return pairs;
    }

    public static void ScoreDocument(string name, JsonObject gold, JsonObject? predicted, CorpusScore total)
    {
        predicted ??= [];
        var goldRecipients = Objects(gold["recipients"]).Where(r => !string.IsNullOrEmpty(Str(r["entity"]))).ToList();
        var predictedRecipients = Objects(predicted["recipients"]).Where(r => !string.IsNullOrEmpty(Str(r["mention"]))).ToList();
        var pairs = Match(goldRecipients.Select(r => Str(r["entity"])!).ToList(), predictedRecipients.Select(r => Str(r["mention"])!).ToList());
        total.RecipientTruePositives += pairs.Count;
        total.RecipientGold += goldRecipients.Count;
        total.RecipientPredicted += predictedRecipients.Count;
        foreach (var (g, p) in pairs)
        {
            var gp = Norm(Str(goldRecipients[g]["purpose"]));
            var pp = Norm(Str(predictedRecipients[p]["purpose"]));
            if (gp.Length > 0 || pp.Length > 0)
            {
                total.PurposeCompared++;
                total.PurposeCorrect += gp.Length > 0 && pp.Length > 0 && (pp.Contains(gp, StringComparison.Ordinal) || gp.Contains(pp, StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        var goldArchive = Strings(gold["archive"]);
        var predictedArchive = Strings(predicted["archive"]);
        total.ArchiveTruePositives += Match(goldArchive, predictedArchive, 0.6).Count;
        total.ArchiveGold += goldArchive.Count;
        total.ArchivePredicted += predictedArchive.Count;

        var document = predicted["document"] as JsonObject ?? [];
        var checks = new List<bool>();
        void Check(string field, bool ok)
        {
            checks.Add(ok);
            total.CountMetadata(field, ok);
        }

        if (!string.IsNullOrEmpty(Str(gold["number"])))
        {
            Check("number", Norm(Str(gold["number"])).Replace(" ", string.Empty) == Norm(Str(document["number"])).Replace(" ", string.Empty));
        }

        if (!string.IsNullOrEmpty(Str(gold["doc_type"])))
        {
            Check("type", Norm(Str(gold["doc_type"])) == Norm(Str(document["type"])));
        }

        if (!string.IsNullOrEmpty(Str(gold["date"])))
        {
            var predictedDate = Str(document["date"]) ?? string.Empty;
            Check("date", predictedDate.Length >= 10 && predictedDate[..10] == Str(gold["date"])![..10]);
        }

        if (!string.IsNullOrEmpty(Str(gold["title"])))
        {
            Check("title", Similarity(Str(gold["title"]), Str(document["title"])) >= 0.85);
        }

        var goldSigner = gold["signer"] as JsonObject;
        var predictedSigner = document["signer"] as JsonObject;
        if (!string.IsNullOrEmpty(Str(goldSigner?["name"])))
        {
            Check("signer.name", Norm(Str(goldSigner!["name"])) == Norm(Str(predictedSigner?["name"])));
        }

        if (!string.IsNullOrEmpty(Str(goldSigner?["authority"])))
        {
            Check("signer.authority", Norm(Str(goldSigner!["authority"])) == Norm(Str(predictedSigner?["authority"])));
        }

        var predictedTasks = Objects(predicted["tasks"]).ToList();
        var used = new HashSet<int>();
        int tp = 0, tg = 0, tpred = 0;
        foreach (var task in Objects(gold["tasks"]))
        {
            var goldAgencies = Objects(task["named_agencies"]).Select(a => Str(a["name"])).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
            var picked = PickTask(task, predictedTasks, used);
            var predictedAgencies = picked is null ? [] : Objects(picked["agencies"]).Select(a => Str(a["mention"])).Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToList();
            tp += Match(goldAgencies, predictedAgencies, 0.6).Count;
            tg += goldAgencies.Count;
            tpred += predictedAgencies.Count;
        }

        total.TaskTruePositives += tp;
        total.TaskGold += tg;
        total.TaskPredicted += tpred;
        var lines = ScoreLines(gold, predicted, goldRecipients, predictedRecipients, pairs);
        total.Documents.Add(new DocumentScore(
            name, pairs.Count, goldRecipients.Count, predictedRecipients.Count, tp, tg, tpred, checks.Count(c => c), checks.Count,
            lines.Lines, lines.Wrong, lines.Silent, lines.Right, lines.FalseAlarms, lines.Misses));
        var (rp, rr, _) = CorpusScore.Prf(pairs.Count, goldRecipients.Count, predictedRecipients.Count);
        total.Rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"{name}: recipients P={rp:0.00} R={rr:0.00} (gold {goldRecipients.Count}, pred {predictedRecipients.Count}); meta {checks.Count(c => c)}/{checks.Count}; task-agencies {tp}/{tg} gold, {tpred} pred"));
    }

    /// <summary>
    /// Judges each Nơi nhận line: wrong when one of its mentions is missed or spurious, flagged when a predicted
    /// mention on it is doubtful. Predicted lines are paired with annotated ones by their text.
    /// </summary>
    private static (int Lines, int Wrong, int Silent, int Right, int FalseAlarms, List<string> Misses) ScoreLines(
        JsonObject gold, JsonObject predicted, List<JsonObject> goldRecipients, List<JsonObject> predictedRecipients, List<(int Gold, int Predicted)> pairs)
    {
        var goldLines = Strings(gold["noi_nhan_lines"]);
        var predictedLines = predicted["recipientLines"] is JsonArray pl ? pl.Select(n => Str(n) ?? string.Empty).ToList() : [];
        var lineMap = new Dictionary<int, int>();
        for (var i = 0; i < predictedLines.Count; i++)
        {
            var best = Enumerable.Range(0, goldLines.Count).Select(g => (g, s: Similarity(goldLines[g], predictedLines[i]))).DefaultIfEmpty((g: -1, s: 0.0)).MaxBy(x => x.s);
            lineMap[i] = best.s >= 0.6 ? best.g : -1 - i;
        }

        int GoldLine(JsonObject r) => r["line"] is JsonValue v && v.TryGetValue<int>(out var l) ? l : -1;
        int PredictedLine(JsonObject r) => r["line"] is JsonValue v && v.TryGetValue<int>(out var l) && lineMap.TryGetValue(l, out var g) ? g : int.MinValue;
        static bool Doubtful(JsonObject r) => r["doubtful"] is JsonValue v && v.TryGetValue<bool>(out var d) && d;

        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet();
        var wrongLines = new HashSet<int>();
        var flaggedLines = new HashSet<int>();
        var allLines = new HashSet<int>();
        var misses = new List<string>();
        for (var g = 0; g < goldRecipients.Count; g++)
        {
            allLines.Add(GoldLine(goldRecipients[g]));
            if (!matchedGold.Contains(g))
            {
                wrongLines.Add(GoldLine(goldRecipients[g]));
                misses.Add($"missed  line {GoldLine(goldRecipients[g])}: {Str(goldRecipients[g]["entity"])}");
            }
        }

        for (var p = 0; p < predictedRecipients.Count; p++)
        {
            var line = PredictedLine(predictedRecipients[p]);
            allLines.Add(line);
            if (Doubtful(predictedRecipients[p]))
            {
                flaggedLines.Add(line);
            }

            if (!matchedPredicted.Contains(p))
            {
                wrongLines.Add(line);
                var reasons = predictedRecipients[p]["doubtReasons"] is JsonArray r ? string.Join(", ", r.Select(Str)) : string.Empty;
                misses.Add($"wrong   line {(line >= 0 ? line.ToString(CultureInfo.InvariantCulture) : "?")}: {Str(predictedRecipients[p]["mention"])}{(Doubtful(predictedRecipients[p]) ? $"  [doubtful: {reasons}]" : "  [not flagged]")}");
            }
        }

        var silent = wrongLines.Count(l => !flaggedLines.Contains(l));
        var right = allLines.Count - wrongLines.Count;
        var falseAlarms = allLines.Count(l => !wrongLines.Contains(l) && flaggedLines.Contains(l));
        return (allLines.Count, wrongLines.Count, silent, right, falseAlarms, misses);
    }

    private static JsonObject? PickTask(JsonObject gold, List<JsonObject> predicted, HashSet<int> used)
    {
        var label = Norm(Str(gold["label"]));
        var firstWords = Str(gold["first_words"]) ?? string.Empty;
        double Score(int i)
        {
            if (firstWords.Length == 0)
            {
                return 0.0;
            }

            var text = Str(predicted[i]["text"]) ?? string.Empty;
            return Similarity(firstWords, text[..Math.Min(text.Length, firstWords.Length + 20)]);
        }

        var same = Enumerable.Range(0, predicted.Count).Where(i => !used.Contains(i) && Norm(Str(predicted[i]["label"])) == label).ToList();
        int best;
        if (same.Count > 0)
        {
            best = ArgMax(same, Score);
        }
        else
        {
            var rest = Enumerable.Range(0, predicted.Count).Where(i => !used.Contains(i)).ToList();
            if (rest.Count == 0)
            {
                return null;
            }

            best = ArgMax(rest, Score);
            if (Score(best) < 0.6)
            {
                return null;
            }
        }

        used.Add(best);
        return predicted[best];
    }

    // Python's max() keeps the first of equal maxima.
    private static int ArgMax(List<int> indices, Func<int, double> score)
    {
        var best = indices[0];
        var bestScore = score(best);
        foreach (var i in indices.Skip(1))
        {
            var s = score(i);
            if (s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }

        return best;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(Str).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList() : [];

    private static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
