using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Sends made but not yet recorded on their row. Each accepted send is appended to this process's journal file before
/// the row is written, and marked once it is. A process killed in between leaves the entry behind; the next process
/// on this machine with the same storage account takes the journal over at start, so a takeover of that delivery
/// records the send instead of making it again. Sends whose row write failed are also held in memory.
/// </summary>
internal sealed partial class UnsavedSends : IDisposable
{
    private readonly ConcurrentDictionary<(string NoticeId, string DeliveryId), UnsavedSend> _sends = new();
    private readonly object _gate = new();
    private readonly StreamWriter? _journal;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _sendSlots = new(StringComparer.Ordinal);
    private readonly int _sendsInFlight;

    /// <summary>Memory only, for tests and hosts without a writable folder.</summary>
    public UnsavedSends()
    {
    }

    public UnsavedSends(IOptions<DispatchOptions> options, NotifyStorage storage, ILogger<UnsavedSends> logger)
    {
        _sendsInFlight = options.Value.SendsInFlight;
        var folder = options.Value.SendJournalFolder;
        if (string.Equals(folder, "off", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        folder = string.IsNullOrWhiteSpace(folder) ? DefaultFolder(storage.Blobs.Uri) : folder;
        try
        {
            Directory.CreateDirectory(folder);
            var taken = TakeOver(folder);
            var path = Path.Combine(folder, $"journal-{Environment.ProcessId}-{Guid.NewGuid():N}.log");
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            _journal = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
            foreach (var ((noticeId, deliveryId), send) in _sends)
            {
                Append(Line('S', noticeId, deliveryId, send));
            }

            if (taken > 0)
            {
                LogTakenOver(logger, taken, folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogJournalUnavailable(logger, folder, e.Message);
        }
    }

    public int Count => _sends.Count;

    /// <summary>
    /// The commit of one send on the channel, left once its outcome is in the journal. A process killed past a send's
    /// point of no return cannot know whether the provider took the message, so it may be sent again after a restart:
    /// at most <see cref="DispatchOptions.SendsInFlight"/> per channel (0: no bound).
    /// </summary>
    public SendCommit Commit(string channel) =>
        _sendsInFlight <= 0
            ? SendCommit.None
            : new SendCommit(_sendSlots.GetOrAdd(channel, _ => new SemaphoreSlim(_sendsInFlight, _sendsInFlight)));

    /// <summary>Written just after the provider accepted and before the row says so.</summary>
    public void Sending(string noticeId, string deliveryId, UnsavedSend send) => Append(Line('S', noticeId, deliveryId, send));

    /// <summary>The row now says sent: the journal entry no longer matters.</summary>
    public void Saved(string noticeId, string deliveryId) => Append($"D\t{noticeId}\t{deliveryId}");

    public void Remember(string noticeId, string deliveryId, UnsavedSend send) => _sends[(noticeId, deliveryId)] = send;

    public bool TryGet(string noticeId, string deliveryId, out UnsavedSend send) => _sends.TryGetValue((noticeId, deliveryId), out send!);

    public bool Contains(string noticeId, string deliveryId) => _sends.ContainsKey((noticeId, deliveryId));

    public void Forget(string noticeId, string deliveryId)
    {
        if (_sends.TryRemove((noticeId, deliveryId), out _))
        {
            Saved(noticeId, deliveryId);
        }
    }

    public IReadOnlyList<(string NoticeId, string DeliveryId)> Keys => _sends.Keys.ToList();

    public void Dispose()
    {
        lock (_gate)
        {
            _journal?.Dispose();
        }
    }

    private static string DefaultFolder(Uri blobEndpoint)
    {
        var account = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobEndpoint.AbsoluteUri)))[..16];
        return Path.Combine(Path.GetTempPath(), "langson-notify", "send-journal", account);
    }

    private static string Line(char kind, string noticeId, string deliveryId, UnsavedSend send) =>
        string.Join('\t', kind, noticeId, deliveryId, send.ProviderMessageId ?? "", send.SentAt.ToString("O", CultureInfo.InvariantCulture), send.Attempt.ToString(CultureInfo.InvariantCulture));

    private void Append(string line)
    {
        if (_journal is null)
        {
            return;
        }

        lock (_gate)
        {
            // Flushed to the operating system at once: a killed process's written bytes survive it.
            _journal.Write(line);
            _journal.Write('\n');
            _journal.Flush();
        }
    }

    /// <summary>Loads the open entries of journals whose process is gone (their lock is free), then deletes those files.</summary>
    private int TakeOver(string folder)
    {
        var taken = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "journal-*.log"))
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            }
            catch (IOException)
            {
                continue; // a live process holds it
            }

            using (stream)
            using (var reader = new StreamReader(stream, Encoding.UTF8))
            {
                var open = new Dictionary<(string, string), UnsavedSend>();
                while (reader.ReadLine() is { } line)
                {
                    var parts = line.Split('\t');
                    if (parts is ["D", var n, var d])
                    {
                        open.Remove((n, d));
                    }
                    else if (parts is ["S", var notice, var delivery, var messageId, var at, var attempt]
                        && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sentAt)
                        && int.TryParse(attempt, CultureInfo.InvariantCulture, out var attemptNumber))
                    {
                        open[(notice, delivery)] = new UnsavedSend(messageId.Length == 0 ? null : messageId, sentAt, attemptNumber);
                    }
                }

                foreach (var (key, send) in open)
                {
                    _sends[key] = send;
                    taken++;
                }
            }

            File.Delete(path);
        }

        return taken;
    }

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Took over {Count} sends a stopped process made but did not record, from the send journal in {Folder}; they are recorded, not sent again")]
    private static partial void LogTakenOver(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "No send journal in {Folder} ({Problem}): a process killed between a send and its row may send it again after a restart")]
    private static partial void LogJournalUnavailable(ILogger logger, string folder, string problem);
}
