namespace LangSon.Notify.Core.Dispatch;

/// <summary>Bound from "Notify:Review".</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Notify:Review";

    /// <summary>Send a notice with doubtful or unresolved mentions without waiting for a clerk. Off by default: a doubtful notice waits in the portal's review queue.</summary>
    public bool SendDoubtful { get; set; }
}
