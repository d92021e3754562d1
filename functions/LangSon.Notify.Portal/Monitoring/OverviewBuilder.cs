using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>Reads the notices of a period (newest first, up to a limit) and sums what the charts show.</summary>
internal sealed class OverviewBuilder(PortalReader reader, MonitoringReader monitoring)
{
    public const int MaxNotices = 200;

    public async Task<MonitoringOverview> BuildAsync(NoticeQuery query, CancellationToken cancellationToken)
    {
        var notices = new List<NoticeRecord>();
        string? token = null;
        do
        {
            var (rows, next) = await reader.ListNoticesAsync(query, null, token, 200, cancellationToken).ConfigureAwait(false);
            notices.AddRange(rows.Where(r => r.DeliveryCount > 0));
            token = next;
        }
        while (token is not null && notices.Count <= MaxNotices);

        var truncated = notices.Count > MaxNotices;
        notices = notices.Take(MaxNotices).ToList();
        var monitors = new NoticeMonitor[notices.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, notices.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => monitors[i] = await monitoring.ReadAsync(notices[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return Summarize(notices, monitors, truncated);
    }

    /// <summary>The same figures for one notice.</summary>
    public async Task<MonitoringOverview> BuildAsync(NoticeRecord notice, CancellationToken cancellationToken) =>
        Summarize([notice], [await monitoring.ReadAsync(notice, cancellationToken).ConfigureAwait(false)], truncated: false);

    internal static MonitoringOverview Summarize(IReadOnlyList<NoticeRecord> notices, IReadOnlyList<NoticeMonitor> monitors, bool truncated)
    {
        var total = Funnel.None;
        var perNotice = new List<(string, string, Funnel)>();
        var waits = new List<(string Agency, DateTimeOffset At, TimeSpan Wait)>();
        var overdue = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < notices.Count; i++)
        {
            var n = notices[i];
            var m = monitors[i];
            total = total.Add(m.Funnel);
            perNotice.Add((n.RowKey, $"{n.DocumentType ?? "Văn bản"} {n.Number ?? n.BlobName}", m.Funnel));
            foreach (var answer in m.Answers.Values)
            {
                var at = answer.Tasks.Where(t => t.At is not null).Select(t => t.At!.Value).Append(answer.Code is "02" or "03" ? answer.At ?? DateTimeOffset.MaxValue : DateTimeOffset.MaxValue).Min();
                if (answer.Answered && at != DateTimeOffset.MaxValue && m.FirstSent.TryGetValue(answer.EntryId, out var sent))
                {
                    waits.Add((answer.Agency, at, at - sent));
                }

                var late = answer.Tasks.Count(t => t.Overdue);
                if (late > 0)
                {
                    overdue[answer.Agency] = overdue.GetValueOrDefault(answer.Agency) + late;
                }
            }
        }

        var ackTimes = waits.GroupBy(w => w.Agency, StringComparer.Ordinal).Select(g =>
        {
            var sorted = g.Select(w => w.Wait).Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            return new AckTime(g.Key, sorted.Count, median, g.MaxBy(w => w.At).Wait);
        }).OrderByDescending(a => a.Median).ThenBy(a => a.Agency, StringComparer.Ordinal).ToList();

        return new MonitoringOverview(
            notices.Count,
            truncated,
            total,
            perNotice,
            ackTimes,
            overdue.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value)).ToList());
    }
}
