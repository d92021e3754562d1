namespace LangSon.Notify.Understanding.Directory;

/// <summary>An organisation or a leader's position in a dated agency directory.</summary>
public sealed record DirectoryEntry
{
    /// <summary>Stable id, e.g. "so-khdt" or "ubnd-huyen-cao-loc".</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The usual short forms ("Sở KH&ĐT"), shown in listings and matched like aliases.</summary>
    public IReadOnlyList<string> ShortNames { get; init; } = [];

    /// <summary>Other spellings and abbreviations it is addressed by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>organisation, position, division, …</summary>
    public required string Kind { get; init; }

    public string? Parent { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Keywords of its fields of responsibility.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public Contacts Contacts { get; init; } = new();

    /// <summary>Its code in the national document exchange (mã định danh).</summary>
    public string? ExchangeCode { get; init; }

    /// <summary>The id of the entry that took it over when it was merged or abolished.</summary>
    public string? Successor { get; init; }

    /// <summary>Merged or abolished before this directory took effect: kept only so that its names are recognised; never a recipient.</summary>
    public bool Abolished { get; init; }

    /// <summary>The name or existence is not confirmed by a source; <see cref="Note"/> says why.</summary>
    public bool Unverified { get; init; }

    /// <summary>Free-text caveat, e.g. that the name is unverified.</summary>
    public string? Note { get; init; }
}
