namespace LangSon.Notify.Understanding.Exchange;

/// <summary>A From or To of an edXML header: the body's name and, when known, its mã định danh.</summary>
public sealed record EdXmlParty(string? OrganId, string OrganName);
