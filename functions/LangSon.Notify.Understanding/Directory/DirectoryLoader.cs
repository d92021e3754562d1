using System.Text.Json;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>Reads directory files ({ province, effectiveFrom, effectiveTo?, groups[], entries[] }).</summary>
public static class DirectoryLoader
{
    /// <summary>The file name pattern of the directories in a folder.</summary>
    public const string FilePattern = "directory-*.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads and validates a file; never throws for bad content.</summary>
    public static DirectoryCheck Check(string path)
    {
        if (!File.Exists(path))
        {
            return new DirectoryCheck(path, [new DirectoryProblem(DirectoryProblemSeverity.Error, path, null, "not-found", "the file does not exist")], null);
        }

        using var stream = File.OpenRead(path);
        return Check(stream, path);
    }

    public static DirectoryCheck Check(Stream json, string path)
    {
        DirectoryFile? file;
        try
        {
            file = JsonSerializer.Deserialize<DirectoryFile>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.Path ?? "$";
            var position = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
            return new DirectoryCheck(path, [new DirectoryProblem(DirectoryProblemSeverity.Error, where + position, null, "invalid-json", FirstSentence(ex.Message))], null);
        }

        if (file is null)
        {
            return new DirectoryCheck(path, [new DirectoryProblem(DirectoryProblemSeverity.Error, "$", null, "invalid-json", "the file holds null, not a directory object")], null);
        }

        var problems = DirectoryValidator.Validate(file);
        var directory = problems.Any(p => p.Severity == DirectoryProblemSeverity.Error) ? null : ToDirectory(file, path);
        return new DirectoryCheck(path, problems, directory);
    }

    /// <summary>Loads a valid directory or throws naming every error.</summary>
    public static AgencyDirectory Load(string path)
    {
        var check = Check(path);
        return check.Directory ?? throw new DirectoryLoadException(path, check.Errors.ToList());
    }

    /// <summary>Loads every directory-*.json in a folder.</summary>
    public static DirectoryCatalog LoadFolder(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryLoadException($"Directory folder '{folder}' does not exist.");
        }

        var files = System.IO.Directory.GetFiles(folder, FilePattern).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new DirectoryLoadException($"Directory folder '{folder}' holds no {FilePattern} file.");
        }

        return new DirectoryCatalog(files.Select(Load).ToList());
    }

    private static AgencyDirectory ToDirectory(DirectoryFile file, string path)
    {
        var groups = (file.Groups ?? []).Select(g => new DirectoryGroup
        {
            Id = g!.Id!,
            Name = g.Name!,
            Aliases = g.Aliases ?? [],
            Includes = g.Includes ?? [],
            General = g.General,
            Note = g.Note,
        }).ToList();

        var entries = (file.Entries ?? []).Select(e => new DirectoryEntry
        {
            Id = e!.Id!,
            Name = e.Name!,
            ShortNames = e.ShortNames ?? [],
            Aliases = e.Aliases ?? [],
            Kind = e.Kind!,
            Parent = e.Parent,
            Groups = e.Groups ?? [],
            Fields = e.Fields ?? [],
            Contacts = new Contacts
            {
                Emails = e.Contacts?.Emails ?? [],
                Mobiles = e.Contacts?.Mobiles ?? [],
                Channels = e.Contacts?.Channels ?? ["email"],
            },
            ExchangeCode = e.ExchangeCode,
            Successor = e.Successor,
            Abolished = e.Abolished,
            Unverified = e.Unverified,
            Note = e.Note,
        }).ToList();

        return new AgencyDirectory(
            file.Province!,
            DirectoryValidator.ParseDate(file.EffectiveFrom)!.Value,
            DirectoryValidator.ParseDate(file.EffectiveTo),
            entries,
            groups,
            path);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
