namespace LangSon.Notify.Portal.Agencies;

/// <summary>The outcome of a contacts edit: saved, or the reasons it was refused (in Vietnamese, for the form).</summary>
public sealed record ContactEditResult(bool Saved, bool Conflict, IReadOnlyList<string> Problems)
{
    public static readonly ContactEditResult Done = new(true, false, []);

    public static ContactEditResult Refused(params string[] problems) => new(false, false, problems);

    public static readonly ContactEditResult Changed = new(false, true, ["Danh bạ vừa được người khác sửa: trang đã tải lại bản mới nhất, hãy nhập lại thay đổi."]);
}
