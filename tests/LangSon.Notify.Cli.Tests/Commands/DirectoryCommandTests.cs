using System.CommandLine;
using LangSon.Notify.Cli.Commands;

namespace LangSon.Notify.Cli.Tests.Commands;

public sealed class DirectoryCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { DirectoryCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("directory-2020.json")]
    [InlineData("directory-2025.json")]
    public void Check_SeedDirectory_ExitsZeroAndSummarises(string file)
    {
        var (exit, output, _) = Run("directory", "check", Path.Combine(AppContext.BaseDirectory, "seeds", file));

        Assert.Equal(0, exit);
        Assert.Contains($"{file}: valid. Lạng Sơn", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenFile_ExitsNonZeroListingEachProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"directory-broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "province": "Lạng Sơn", "effectiveFrom": "2020-01-01",
              "groups": [],
              "entries": [
                { "id": "so-yt", "name": "Sở Y tế", "kind": "organisation", "groups": ["so-ban-nganh"],
                  "contacts": { "emails": ["so-yt-at-langson.example"], "mobiles": ["0243 825 1234"] } },
                { "id": "so-yt", "name": "Sở Y tế 2", "kind": "organisation", "parent": "ubnd-tinh",
                  "contacts": { "emails": ["b@langson.example"] } }
              ] }
            """);
        try
        {
            var (exit, output, error) = Run("directory", "check", path);

            Assert.NotEqual(0, exit);
            Assert.Contains("$.entries[1].id (so-yt): duplicate-id", output, StringComparison.Ordinal);
            Assert.Contains("$.entries[0].groups[0] (so-yt): dangling-group", output, StringComparison.Ordinal);
            Assert.Contains("$.entries[1].parent (so-yt): dangling-parent", output, StringComparison.Ordinal);
            Assert.Contains("$.entries[0].contacts.emails[0] (so-yt): invalid-email", output, StringComparison.Ordinal);
            Assert.Contains("$.entries[0].contacts.mobiles[0] (so-yt): invalid-phone", output, StringComparison.Ordinal);
            Assert.Contains("invalid, 5 error(s)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_MissingFile_ExitsNonZero()
    {
        var (exit, output, _) = Run("directory", "check", "/nonexistent/directory-x.json");

        Assert.NotEqual(0, exit);
        Assert.Contains("not-found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadCatalog_Default_FindsTheDirectoriesShippedWithTheBinary()
    {
        var catalog = DirectoryCommand.LoadCatalog(null);

        Assert.Equal([2020, 2025], catalog.Directories.Select(d => d.EffectiveFrom.Year));
    }
}
