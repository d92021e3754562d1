using System.Diagnostics;
using LangSon.Notify.Cli.Commands;
using LangSon.Notify.Cli.Evaluation;
using LangSon.Notify.Cli.Tests.Support;

namespace LangSon.Notify.Cli.Tests.Evaluation;

public sealed class CorpusEvaluationTests
{
    [CorpusFact]
    public void Evaluate_SharedCorpus_MeetsTheQualityBar()
    {
        var score = EvaluateCommand.Run(Corpus.Directory!, null, CliServices.Reader(), CliServices.Parser());
        var report = EvaluateCommand.Report(score, new EvaluateCommand.Thresholds(), out var holds);

        Assert.True(holds, report);
        Assert.True(score.Tasks.P >= 0.9 && score.Tasks.R >= 0.9, report);
    }

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
