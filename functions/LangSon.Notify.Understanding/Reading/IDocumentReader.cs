namespace LangSon.Notify.Understanding.Reading;

public interface IDocumentReader
{
    /// <summary>Detects the format by content and extracts the text.</summary>
    /// <param name="sourceName">The file or blob name, used in error messages only.</param>
    /// <exception cref="DocumentReadException">The content cannot be read; the exception names the problem.</exception>
    DocumentText Read(Stream content, string sourceName);
}
