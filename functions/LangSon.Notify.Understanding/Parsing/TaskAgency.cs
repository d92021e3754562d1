namespace LangSon.Notify.Understanding.Parsing;

/// <summary>An agency a task names, with its role in that task.</summary>
public sealed record TaskAgency(string Mention, AgencyRole Role);
