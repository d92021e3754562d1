namespace LangSon.Notify.Understanding.Directory;

public enum DirectoryProblemSeverity
{
    /// <summary>The directory cannot be used.</summary>
    Error,

    /// <summary>Usable, but a name may resolve in a surprising way.</summary>
    Warning,
}
