namespace LangSon.Notify.Understanding.Parsing;

/// <param name="Code">A stable code ("number-blank", "day-blank", "no-noi-nhan", …).</param>
public sealed record ParseWarning(string Code, string Message);
