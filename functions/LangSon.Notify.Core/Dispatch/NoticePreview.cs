using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Core.Dispatch;

/// <param name="Original">The notice as the pipeline resolved it alone: what the clerk reviews.</param>
/// <param name="Resolved">With the corrections applied: what would be sent.</param>
/// <param name="Directory">The directory in force on the notice's date, for picking entries.</param>
public sealed record NoticePreview(
    NoticeRecord? Row,
    string Kind,
    long ContentLength,
    ResolvedNotice Original,
    ResolvedNotice Resolved,
    AgencyDirectory Directory,
    IReadOnlyList<ReviewCorrection> Corrections);
