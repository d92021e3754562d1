namespace LangSon.Notify.Understanding.Parsing;

public enum AgencyRole
{
    /// <summary>Named without a stated role.</summary>
    Mentioned,

    /// <summary>Charged with carrying the task out ("thực hiện", "có trách nhiệm").</summary>
    Executor,

    /// <summary>Coordinator ("phối hợp").</summary>
    Coordinator,

    /// <summary>Lead ("chủ trì").</summary>
    Lead,
}
