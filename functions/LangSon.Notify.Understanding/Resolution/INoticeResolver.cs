using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

public interface INoticeResolver
{
    /// <summary>Resolves recipients and builds excerpts, against the directory in force on the notice's date.</summary>
    ResolvedNotice Resolve(ParsedNotice notice);
}
