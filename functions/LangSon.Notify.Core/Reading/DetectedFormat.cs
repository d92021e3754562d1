namespace LangSon.Notify.Core.Reading;

internal enum DetectedFormat
{
    Pdf,
    Zip,
    Text,
    Unsupported,
}
