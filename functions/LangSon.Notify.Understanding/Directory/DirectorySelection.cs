using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Directory;

/// <param name="Warning">Set when the directory was chosen without a date that it covers.</param>
public sealed record DirectorySelection(AgencyDirectory Directory, ParseWarning? Warning);
