namespace LangSon.Notify.Understanding.Reading;

public interface IDocumentReader
{
    /// <summary>Detects the format by content and extracts the text.</summary>
    /// <param name="sourceName">The file or blob name, used in error messages only.</param>
    /// <param name="cancellationToken">Checked between PDF pages, beside the reading budget (page cap and time).</param>
    /// <exception cref="DocumentReadException">The content cannot be read, or is over a reading budget; the exception names the problem.</exception>
    DocumentText Read(Stream content, string sourceName, CancellationToken cancellationToken = default);
}
