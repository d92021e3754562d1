namespace LangSon.Notify.Understanding.Resolution;

/// <summary>Why a passage goes to a recipient, in rank order.</summary>
public enum ExcerptReason
{
    Lead,
    Coordinator,
    Named,
    Group,
    Field,
    General,
}
