using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Cli.Commands;

/// <summary>One exit code per class of bad input, so scripts can tell them apart.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int FileNotFound = 3;
    public const int BelowThreshold = 4;
    public const int InvalidDirectory = 5;
    public const int InvalidPackage = 6;

    /// <summary>10 + the error's number: empty 11, too large 12, unsupported 13, corrupt PDF 14, encrypted 15, needs OCR 16, corrupt DOCX 17, zip bomb 18, bad encoding 19.</summary>
    public static int For(DocumentReadError error) => 10 + (int)error;
}
