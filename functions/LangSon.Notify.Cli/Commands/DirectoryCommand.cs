using System.CommandLine;
using System.Globalization;
using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify directory check FILE</c>: validates a directory file and names each problem with its location.</summary>
internal static class DirectoryCommand
{
    /// <summary>Where the seed directories are copied next to the binary; the default of <c>--directory</c>.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "directories");

    /// <summary>Loads the directories for <c>inspect --directory DIR</c>: a folder of directory-*.json, or one file.</summary>
    public static DirectoryCatalog LoadCatalog(string? folderOrFile)
    {
        var path = folderOrFile ?? DefaultFolder;
        return File.Exists(path)
            ? new DirectoryCatalog([DirectoryLoader.Load(path)])
            : DirectoryLoader.LoadFolder(path);
    }

    /// <summary>The catalog for a verb's <c>--directory</c>, or the exit code after saying on stderr why it cannot load.</summary>
    public static DirectoryCatalog? TryLoadCatalog(string? folderOrFile, TextWriter error, out int exitCode)
    {
        try
        {
            exitCode = ExitCodes.Ok;
            return LoadCatalog(folderOrFile);
        }
        catch (DirectoryLoadException ex)
        {
            error.WriteLine($"{folderOrFile ?? DefaultFolder}: {ex.Message}");
            exitCode = ExitCodes.InvalidDirectory;
            return null;
        }
    }

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The directory JSON file to check." };
        var check = new Command("check", "Validate a directory file: ids, parents, groups, successors, e-mail addresses and mobile numbers.")
        {
            file,
        };
        check.SetAction(parseResult => Check(
            parseResult.GetValue(file)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));

        return new Command("directory", "Work with agency directory files.") { check };
    }

    internal static int Check(FileInfo file, TextWriter output, TextWriter error)
    {
        var result = DirectoryLoader.Check(file.FullName);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        var errors = result.Errors.Count();
        var warnings = result.Problems.Count - errors;
        if (result.Directory is not { } directory)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: invalid, {errors} error(s), {warnings} warning(s)."));
            return ExitCodes.InvalidDirectory;
        }

        var until = directory.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "until replaced";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file.Name}: valid. {directory.Province}, in force {directory.EffectiveFrom:yyyy-MM-dd} to {until}; {directory.Entries.Count} entries ({directory.Entries.Count(e => e.Abolished)} former), {directory.Groups.Count} groups, {warnings} warning(s)."));
        return ExitCodes.Ok;
    }
}
