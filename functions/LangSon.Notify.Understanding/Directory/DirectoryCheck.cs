namespace LangSon.Notify.Understanding.Directory;

/// <summary>The outcome of reading and validating one directory file.</summary>
public sealed record DirectoryCheck(string Path, IReadOnlyList<DirectoryProblem> Problems, AgencyDirectory? Directory)
{
    public bool IsValid => Directory is not null;

    public IEnumerable<DirectoryProblem> Errors => Problems.Where(p => p.Severity == DirectoryProblemSeverity.Error);
}
