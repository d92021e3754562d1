namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Paths to the team's fixture notices and the seeds copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Notice(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Notices", name);

    public static string NoticeText(string name) => File.ReadAllText(Notice(name));

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    public static string SeedText() => File.ReadAllText(Seed("seed-notice.txt"));
}
