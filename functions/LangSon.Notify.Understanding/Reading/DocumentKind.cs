namespace LangSon.Notify.Understanding.Reading;

public enum DocumentKind
{
    Text,
    Pdf,
    Docx,
}
