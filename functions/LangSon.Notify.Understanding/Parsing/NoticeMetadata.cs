namespace LangSon.Notify.Understanding.Parsing;

public sealed record NoticeMetadata
{
    /// <summary>Thông báo, Công văn, Kế hoạch, Quyết định, …</summary>
    public string? Type { get; init; }

    /// <summary>Number and symbol, "123/TB-UBND"; null when the number is blank.</summary>
    public string? Number { get; init; }

    /// <summary>The symbol alone ("TB-UBND"), kept even when the number is blank.</summary>
    public string? Symbol { get; init; }

    public string? Issuer { get; init; }

    /// <summary>The parent line above the issuer ("ỦY BAN NHÂN DÂN" over "TỈNH LẠNG SƠN").</summary>
    public string? IssuerParent { get; init; }

    public string? Place { get; init; }

    public NoticeDate Date { get; init; } = NoticeDate.Unknown;

    public string? Title { get; init; }

    public Signer? Signer { get; init; }

    /// <summary>KHẨN, THƯỢNG KHẨN or HỎA TỐC when printed.</summary>
    public string? Urgency { get; init; }
}
