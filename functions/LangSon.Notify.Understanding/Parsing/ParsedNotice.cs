namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Everything the parser understood of one notice.</summary>
public sealed record ParsedNotice
{
    public required NoticeMetadata Document { get; init; }

    /// <summary>The "Kính gửi:" addressees of a Công văn or Tờ trình; "Như trên" refers to them.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>The "Thành phần (mời):" list of an invitation; "Như thành phần mời" refers to it.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Body sections and paragraphs, in reading order, for excerpts.</summary>
    public IReadOnlyList<NoticeSection> Sections { get; init; } = [];

    public IReadOnlyList<NoticeTask> Tasks { get; init; } = [];

    /// <summary>The lines of the Nơi nhận block, verbatim, including the archive line.</summary>
    public IReadOnlyList<string> RecipientLines { get; init; } = [];

    public IReadOnlyList<RecipientMention> Recipients { get; init; } = [];

    /// <summary>The entries after "Lưu:"; never recipients.</summary>
    public IReadOnlyList<string> Archive { get; init; } = [];

    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}
