namespace LangSon.Notify.Understanding.Reading;

/// <summary>Each class of unreadable input; the CLI maps each to its own exit code.</summary>
public enum DocumentReadError
{
    Empty = 1,
    TooLarge,
    UnsupportedFormat,
    CorruptPdf,
    EncryptedPdf,
    NeedsOcr,
    CorruptDocx,
    ZipBomb,
    BadEncoding,

    /// <summary>Over a reading budget: too many pages, or too long to read.</summary>
    OverBudget,
}
