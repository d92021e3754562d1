namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Whether a task or section asks for something or describes it.</summary>
public enum TaskKind
{
    /// <summary>Nhiệm vụ, giải pháp, giao, yêu cầu, đề nghị: someone is asked to act.</summary>
    Directive,

    /// <summary>Tình hình, kết quả, đánh giá, khó khăn, hạn chế, nguyên nhân, bối cảnh, mục đích: context only.</summary>
    Descriptive,
}
