namespace LangSon.Notify.Understanding.Directory;

/// <summary>
/// A named set of entries ("Các sở, ban, ngành", "UBND các huyện, thành phố"). Members are the entries that list the
/// group's id, plus the members of the groups it includes.
/// </summary>
public sealed record DirectoryGroup
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Other ways a notice names the whole set ("các sở, ngành", "UBND huyện, thành phố").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Ids of groups whose members also belong to this one.</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];

    /// <summary>Addresses everyone ("các cấp, các ngành"): passages naming it are the notice's general conclusions.</summary>
    public bool General { get; init; }

    /// <summary>Every member is abolished: the reason given when a notice names it after that date.</summary>
    public string? Note { get; init; }
}
