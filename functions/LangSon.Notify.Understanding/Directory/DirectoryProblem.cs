namespace LangSon.Notify.Understanding.Directory;

/// <param name="Location">JSON path of the offending value, e.g. "$.entries[12].contacts.emails[0]".</param>
/// <param name="EntryId">The id of the entry or group concerned, when it has one.</param>
/// <param name="Code">Stable code: duplicate-id, dangling-parent, dangling-group, dangling-successor, invalid-email, invalid-phone, missing-name, …</param>
public sealed record DirectoryProblem(DirectoryProblemSeverity Severity, string Location, string? EntryId, string Code, string Message)
{
    public override string ToString() =>
        $"{(Severity == DirectoryProblemSeverity.Error ? "error" : "warning")} {Location}{(EntryId is null ? "" : $" ({EntryId})")}: {Code}: {Message}";
}
