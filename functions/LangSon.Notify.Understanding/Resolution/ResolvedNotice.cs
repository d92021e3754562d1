using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>A parsed notice with its recipients resolved against the directory in force on its date.</summary>
public sealed record ResolvedNotice
{
    public required ParsedNotice Notice { get; init; }

    /// <summary>The effective date of the directory used.</summary>
    public required DateOnly DirectoryEffective { get; init; }

    /// <summary>Deduplicated across lines; each keeps the mentions it came from.</summary>
    public IReadOnlyList<ResolvedRecipient> Recipients { get; init; } = [];

    public IReadOnlyList<UnresolvedMention> Unresolved { get; init; } = [];

    /// <summary>Consistency warnings (a lead absent from Nơi nhận, a line resolving to nothing, no date).</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>A mention is unresolved or doubtful: a clerk reviews the notice before anything is sent.</summary>
    public bool NeedsReview => Unresolved.Count > 0 || Recipients.Any(r => r.Sources.Any(m => m.Doubtful));
}
