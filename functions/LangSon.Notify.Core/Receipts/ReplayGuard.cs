using System.Collections.Concurrent;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Signatures already accepted, kept as long as their timestamp could pass, so the exact same signed request is refused the second time. Per process; events stay idempotent across processes anyway.</summary>
internal sealed class ReplayGuard(TimeProvider time)
{
    private const int PruneAbove = 20_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public bool Seen(string signature) => _seen.TryGetValue(signature, out var until) && until > time.GetUtcNow();

    public void Remember(string signature, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > PruneAbove)
        {
            foreach (var (key, until) in _seen)
            {
                if (until <= now)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        _seen[signature] = now + lifetime;
    }
}
