namespace LangSon.Notify.Understanding.Directory;

/// <summary>A directory file is missing, is not JSON, or fails validation.</summary>
public sealed class DirectoryLoadException : Exception
{
    public DirectoryLoadException(string path, IReadOnlyList<DirectoryProblem> problems)
        : base($"Directory '{path}' cannot be used:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}")
    {
        Path = path;
        Problems = problems;
    }

    public DirectoryLoadException(string message)
        : base(message)
    {
        Path = "";
        Problems = [];
    }

    public DirectoryLoadException()
        : this("The directory cannot be loaded.")
    {
    }

    public DirectoryLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
        Problems = [];
    }

    public string Path { get; }

    public IReadOnlyList<DirectoryProblem> Problems { get; }
}
