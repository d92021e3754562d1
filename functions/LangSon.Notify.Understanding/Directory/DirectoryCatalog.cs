using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>The dated directories of a province; picks the one in force on a notice's date.</summary>
public sealed class DirectoryCatalog
{
    public DirectoryCatalog(IReadOnlyList<AgencyDirectory> directories)
    {
        if (directories.Count == 0)
        {
            throw new DirectoryLoadException("A directory catalog needs at least one directory.");
        }

        Directories = directories.OrderBy(d => d.EffectiveFrom).ToList();
        for (var i = 1; i < Directories.Count; i++)
        {
            var previous = Directories[i - 1];
            if (previous.EffectiveTo is null || previous.EffectiveTo >= Directories[i].EffectiveFrom)
            {
                throw new DirectoryLoadException(
                    $"Directories overlap: {previous.Source ?? previous.ToString()} is still in force when {Directories[i].Source ?? Directories[i].ToString()} takes effect on {Directories[i].EffectiveFrom:yyyy-MM-dd}.");
            }
        }
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<AgencyDirectory> Directories { get; }

    public AgencyDirectory Newest => Directories[^1];

    /// <summary>The directory in force on the date; the newest, with a warning, when the date is unknown or no directory covers it.</summary>
    public DirectorySelection Select(DateOnly? date)
    {
        if (date is not { } day)
        {
            return new DirectorySelection(Newest, new ParseWarning(
                "no-date",
                $"The notice has no usable date; recipients were resolved against the newest directory (in force from {Newest.EffectiveFrom:dd'/'MM'/'yyyy})."));
        }

        if (Directories.FirstOrDefault(d => d.IsInForceOn(day)) is { } inForce)
        {
            return new DirectorySelection(inForce, null);
        }

        var nearest = day < Directories[0].EffectiveFrom ? Directories[0] : Newest;
        return new DirectorySelection(nearest, new ParseWarning(
            "no-directory-in-force",
            $"No directory is in force on {day:dd'/'MM'/'yyyy}; recipients were resolved against the one in force from {nearest.EffectiveFrom:dd'/'MM'/'yyyy}."));
    }
}
