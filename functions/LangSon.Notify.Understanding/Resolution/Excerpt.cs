using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

/// <param name="TaskLabel">The task's label, or null for a paragraph outside numbered tasks.</param>
/// <param name="Why">Human-readable reason in Vietnamese ("chủ trì", "có tên trong nhóm các sở, ngành", "lĩnh vực: giáo dục").</param>
public sealed record Excerpt(string? TaskLabel, string Text, ExcerptReason Reason, AgencyRole? Role, string Why);
