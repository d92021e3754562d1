using System.Diagnostics;
using LangSon.Notify.Cli.Commands;
using LangSon.Notify.Cli.Evaluation;
using LangSon.Notify.Cli.Tests.Support;
using Xunit.Abstractions;

namespace LangSon.Notify.Cli.Tests.Evaluation;

public sealed class CorpusEvaluationTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    [CorpusFact]
    public void Evaluate_SharedCorpus_NoDocumentBelowItsBaseline()
    {
        var score = EvaluateCommand.Run(Corpus.Directory!, null, CliServices.Reader(), CliServices.Parser());
        var report = EvaluateCommand.Report(score, new EvaluateCommand.Thresholds(), out _);
        var baseline = new FileInfo(Path.Combine(AppContext.BaseDirectory, "Evaluation", "corpus-baseline.json"));

        var regressions = CorpusBaseline.Regressions(score, baseline, out var unknown);

        _output.WriteLine(report);
        _output.WriteLine(unknown.Count == 0 ? "every document is in the baseline" : $"not in the baseline: {string.Join(", ", unknown)}");
        Assert.True(regressions.Count == 0, string.Join("\n", regressions));
    }

    [Fact]
    public void Regressions_DocumentScoresLower_NamesDocumentAndField()
    {
        var file = new FileInfo(Path.GetTempFileName());
        try
        {
            var before = new CorpusScore();
            before.Documents.Add(Doc("001", recipientTp: 4));
            CorpusBaseline.Save(before, file);
            var after = new CorpusScore();
            after.Documents.Add(Doc("001", recipientTp: 3));
            after.Documents.Add(Doc("002", recipientTp: 4));

            var regressions = CorpusBaseline.Regressions(after, file, out var unknown);

            Assert.Equal("001: recipient F1 1 -> 0.75", Assert.Single(regressions));
            Assert.Equal(["002"], unknown);
            Assert.Empty(CorpusBaseline.Regressions(before, file, out _));
        }
        finally
        {
            file.Delete();
        }
    }

    private static DocumentScore Doc(string name, int recipientTp) =>
        new(name, recipientTp, 4, 4, 0, 0, 0, 3, 3, 4, 4 - recipientTp, 0, recipientTp, 0, []);

    [CorpusFact]
    public void Evaluate_SharedCorpus_AgreesWithTheReferenceScorer()
    {
        if (Corpus.Scorer is null || !CanRun("python3"))
        {
            return; // the reference scorer needs python3; the figures are still checked above
        }

        var output = Directory.CreateTempSubdirectory("notify-eval-");
        try
        {
            var score = EvaluateCommand.Run(Corpus.Directory!, output, CliServices.Reader(), CliServices.Parser());
            var ours = EvaluateCommand.Report(score, new EvaluateCommand.Thresholds(), out _).Split('\n')
                .Single(l => l.StartsWith("recipient F1", StringComparison.Ordinal)).Trim();

            var python = Process.Start(new ProcessStartInfo("python3", [Corpus.Scorer.FullName, Corpus.Directory!.FullName, output.FullName])
            {
                RedirectStandardOutput = true,
            })!;
            var theirs = python.StandardOutput.ReadToEnd().Split('\n').Single(l => l.StartsWith("recipient F1", StringComparison.Ordinal)).Trim();
            python.WaitForExit();

            Assert.Equal(theirs, ours);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("abcd", "abcd", 1.0)]
    [InlineData("", "abc", 0.0)]
    [InlineData("so ke hoach va dau tu", "so ke hoach dau tu", 0.923)]
    public void SequenceMatcher_KnownPairs_MatchDifflib(string a, string b, double expected)
    {
        // Values from Python: difflib.SequenceMatcher(None, a, b).ratio()
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b), 3);
    }

    [Fact]
    public void SequenceMatcher_LongStrings_ApplyDifflibAutojunk()
    {
        var a = string.Concat(Enumerable.Repeat("uy ban nhan dan cac huyen thanh pho va cac so ban nganh tren dia ban tinh lang son ", 3));
        var b = string.Concat(Enumerable.Repeat("uy ban nhan dan huyen thanh pho cac so nganh dia ban tinh lang son tham gia ", 3));

        // Python 3.11: 0.40670859538784065, which differs from the ratio without autojunk.
        Assert.Equal(0.406709, SequenceMatcher.Ratio(a, b), 5);
    }

    private static bool CanRun(string program)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(program, ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
