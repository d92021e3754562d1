using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Directory;

public sealed class DirectoryCatalogTests
{
    private static readonly DirectoryCatalog Catalog = Directories.SeedCatalog;

    [Theory]
    [InlineData(2020, 7, 1, 2020)]
    [InlineData(2025, 6, 30, 2020)]
    [InlineData(2025, 7, 1, 2025)]
    [InlineData(2026, 11, 26, 2025)]
    public void Select_Date_PicksTheDirectoryInForce(int year, int month, int day, int expectedYear)
    {
        var selection = Catalog.Select(new DateOnly(year, month, day));

        Assert.Equal(expectedYear, selection.Directory.EffectiveFrom.Year);
        Assert.Null(selection.Warning);
    }

    [Fact]
    public void Select_NoDate_PicksTheNewestWithAWarning()
    {
        var selection = Catalog.Select(null);

        Assert.Same(Catalog.Newest, selection.Directory);
        Assert.Equal("no-date", selection.Warning!.Code);
    }

    [Fact]
    public void Select_DateBeforeEveryDirectory_PicksTheOldestWithAWarning()
    {
        var selection = Catalog.Select(new DateOnly(2019, 5, 1));

        Assert.Equal(2020, selection.Directory.EffectiveFrom.Year);
        Assert.Equal("no-directory-in-force", selection.Warning!.Code);
    }

    [Fact]
    public void Constructor_OverlappingDirectories_Throws()
    {
        var a = new AgencyDirectory("Lạng Sơn", new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31), [], []);
        var b = new AgencyDirectory("Lạng Sơn", new DateOnly(2025, 7, 1), null, [], []);

        var ex = Assert.Throws<DirectoryLoadException>(() => new DirectoryCatalog([a, b]));
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_InvalidFile_ThrowsNamingEachProblem()
    {
        var folder = Path.Combine(Path.GetTempPath(), "langson-dir-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "directory-bad.json"), DirectoryJson.File(
                """{ "id": "so-yt", "kind": "organisation", "contacts": { "emails": ["bad"] } }""", ""));

            var ex = Assert.Throws<DirectoryLoadException>(() => DirectoryLoader.LoadFolder(folder));

            Assert.Equal(["missing-name", "invalid-email"], ex.Problems.Select(p => p.Code));
            Assert.Contains("$.entries[0].name", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
