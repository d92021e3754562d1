using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Saves plans to the dispatch container and keeps the last few in memory, since every delivery of a notice reads the same plan.</summary>
public sealed class DispatchPlanStore(NotifyStorage storage)
{
    private const int CacheSize = 16;
    private readonly ConcurrentDictionary<string, Lazy<Task<Loaded>>> _cache = new(StringComparer.Ordinal);

    public async Task SaveAsync(DispatchPlan plan, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(plan);
        await storage.Dispatch.GetBlobClient(BlobName(plan.NoticeId))
            .UploadAsync(new BinaryData(json), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The plan and its recipients by entry id; null when no plan was saved for the notice.</summary>
    public async Task<Loaded?> GetAsync(string noticeId, CancellationToken cancellationToken)
    {
        if (_cache.Count > CacheSize)
        {
            _cache.Clear();
        }

        var lazy = _cache.GetOrAdd(noticeId, id => new Lazy<Task<Loaded>>(() => LoadAsync(id)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            _cache.TryRemove(noticeId, out _);
            return null;
        }
        catch
        {
            _cache.TryRemove(noticeId, out _);
            throw;
        }
    }

    private async Task<Loaded> LoadAsync(string noticeId)
    {
        var content = await storage.Dispatch.GetBlobClient(BlobName(noticeId)).DownloadContentAsync().ConfigureAwait(false);
        var plan = content.Value.Content.ToObjectFromJson<DispatchPlan>()
            ?? throw new InvalidDataException($"Dispatch plan of notice {noticeId} is empty.");
        plan = plan with { Recipients = ShareExcerpts(plan.Recipients) };
        return new Loaded(plan, plan.Recipients.ToDictionary(r => r.EntryId, StringComparer.Ordinal));
    }

    /// <summary>
    /// The JSON repeats a group's excerpts for every member (22 districts, or thousands of units), and the cache would
    /// hold a copy each; equal excerpts are kept once, so a cached plan grows by a few small objects per recipient.
    /// </summary>
    internal static List<PlanRecipient> ShareExcerpts(IReadOnlyList<PlanRecipient> recipients)
    {
        var shared = new Dictionary<PlanExcerpt, PlanExcerpt>();
        var result = new List<PlanRecipient>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var excerpts = new PlanExcerpt[recipient.Excerpts.Count];
            for (var i = 0; i < excerpts.Length; i++)
            {
                var excerpt = recipient.Excerpts[i];
                excerpts[i] = shared.TryGetValue(excerpt, out var known) ? known : shared[excerpt] = excerpt;
            }

            result.Add(recipient with { Excerpts = excerpts });
        }

        return result;
    }

    private static string BlobName(string noticeId) => $"{noticeId}.json";

    public sealed record Loaded(DispatchPlan Plan, IReadOnlyDictionary<string, PlanRecipient> Recipients);
}
