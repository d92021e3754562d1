namespace LangSon.Notify.Understanding.Parsing;

public interface INoticeParser
{
    /// <summary>Parses the text of a notice. Never throws for malformed layout: what it cannot find becomes a warning.</summary>
    ParsedNotice Parse(string text);
}
