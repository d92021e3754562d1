namespace LangSon.Notify.Understanding.Parsing;

/// <param name="Authority">TM., KT., TL., TUQ. or Q.: the prefix directly above the position.</param>
public sealed record Signer(string? Authority, string? Position, string? Name);
