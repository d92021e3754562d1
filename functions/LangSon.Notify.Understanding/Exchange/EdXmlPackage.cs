using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>An edXML package: the header's metadata and the notice file it carries.</summary>
public sealed record EdXmlPackage
{
    public required EdXmlParty From { get; init; }

    public IReadOnlyList<EdXmlParty> To { get; init; } = [];

    public required NoticeMetadata Metadata { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The Nơi nhận places as printed.</summary>
    public IReadOnlyList<string> ToPlaces { get; init; } = [];

    public required string AttachmentName { get; init; }

    public required string AttachmentContentType { get; init; }

    public required byte[] Attachment { get; init; }
}
