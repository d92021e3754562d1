namespace LangSon.Notify.Understanding.Reading;

internal enum DetectedFormat
{
    Pdf,
    Zip,
    Text,
    Unsupported,
}
