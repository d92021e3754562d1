using System.Globalization;

namespace LangSon.Notify.LoadHarness.Profiling;

/// <summary>
/// The host's resident memory sampled while mails arrive, so the ingest peak (which holds the notice's plan and rows)
/// can be told apart from sending (which should hold nothing per recipient).
/// </summary>
internal sealed class MemoryTrace(int pid)
{
    private double? _atFirstMail;
    private double _sendingMax;
    private double _last;

    public void Sample(int mails)
    {
        var rss = Read(pid, "VmRSS:");
        if (double.IsNaN(rss))
        {
            return;
        }

        _last = rss;
        if (mails > 0)
        {
            _atFirstMail ??= rss;
            _sendingMax = Math.Max(_sendingMax, rss);
        }
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"resident {_atFirstMail ?? double.NaN:0} MB at the first mail, at most {_sendingMax:0} MB while sending, {_last:0} MB at the end");

    /// <summary>A /proc status field in MB (VmHWM is the peak, VmRSS the current size).</summary>
    public static double Read(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return double.NaN;
    }
}
