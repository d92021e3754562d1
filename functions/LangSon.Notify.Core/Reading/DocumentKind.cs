namespace LangSon.Notify.Core.Reading;

public enum DocumentKind
{
    Text,
    Pdf,
    Docx,
}
