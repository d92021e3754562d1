namespace LangSon.Notify.Understanding.Reading;

public sealed class DocumentReadException : Exception
{
    public DocumentReadException(DocumentReadError error, string source, string problem, Exception? inner = null)
        : base($"{source}: {problem}", inner)
    {
        Error = error;
        Source = source;
        Problem = problem;
    }

    public DocumentReadError Error { get; }

    public new string Source { get; }

    public string Problem { get; }
}
