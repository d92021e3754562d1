namespace LangSon.Notify.Understanding.Directory;

/// <summary>
/// The directory catalog in use. A host that copies the directories from storage replaces it when an edit arrives, so
/// the next notice resolves against the edited contacts without a restart; a notice already resolving keeps its copy.
/// </summary>
public sealed class DirectoryCatalogSource(DirectoryCatalog initial)
{
    private DirectoryCatalog _current = initial;

    public DirectoryCatalog Current => Volatile.Read(ref _current);

    public void Replace(DirectoryCatalog catalog) => Volatile.Write(ref _current, catalog ?? throw new ArgumentNullException(nameof(catalog)));
}
