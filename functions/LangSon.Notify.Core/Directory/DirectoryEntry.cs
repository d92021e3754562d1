namespace LangSon.Notify.Core.Directory;

/// <summary>An organisation or a leader's position in a dated agency directory.</summary>
public sealed record DirectoryEntry
{
    /// <summary>Stable id, e.g. "so-khdt" or "ubnd-huyen-cao-loc".</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

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

    /// <summary>Free-text caveat, e.g. that the name is unverified.</summary>
    public string? Note { get; init; }
}
