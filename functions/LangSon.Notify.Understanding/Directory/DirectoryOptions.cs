using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>Where the dated agency directories live (configuration section "Directory").</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>A folder of directory-*.json files; relative paths are taken from the application's base directory.</summary>
    [Required]
    public string Folder { get; set; } = "directories";

    public string ResolvedFolder => Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder);
}
