using System.Globalization;

namespace LangSon.Notify.LoadHarness.Profiling;

/// <summary>
/// The host's resident memory sampled while mails arrive, so the ingest peak (which holds the notice's plan and rows)
/// can be told apart from sending (which should hold nothing per recipient).
/// </summary>
internal sealed class MemoryTrace(int pid, Func<Task<long>>? liveHeap = null)
{
    private double? _atFirstMail;
    private double? _liveMid;
    private double? _liveEnd;
    private double _sendingMax;
    private double _last;

    /// <summary>Live heap once, when half the mails are out: the plan is cached and sending is in full flow.</summary>
    public async Task SampleLiveAsync(int mails, int expected)
    {
        if (liveHeap is not null && _liveMid is null && mails >= expected / 2)
        {
            _liveMid = await liveHeap() / 1048576.0;
        }
    }

    public async Task EndAsync()
    {
        if (liveHeap is not null)
        {
            _liveEnd = await liveHeap() / 1048576.0;
        }
    }

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
        $"resident {_atFirstMail ?? double.NaN:0} MB at the first mail, at most {_sendingMax:0} MB while sending, {_last:0} MB at the end; live heap {_liveMid ?? double.NaN:0.0} MB half-way, {_liveEnd ?? double.NaN:0.0} MB at the end");

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
