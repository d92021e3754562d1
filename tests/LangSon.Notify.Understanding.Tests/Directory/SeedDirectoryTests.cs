using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Directory;

public sealed class SeedDirectoryTests
{
    public static TheoryData<string> SeedFiles => new() { "directory-2020.json", "directory-2025.json" };

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Check_SeedDirectory_HasNoProblem(string file)
    {
        var check = DirectoryLoader.Check(Path.Combine(Directories.SeedFolder, file));

        Assert.Empty(check.Problems);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedDirectory_Contacts_AreFictitious(string file)
    {
        var directory = DirectoryLoader.Load(Path.Combine(Directories.SeedFolder, file));

        Assert.All(directory.Entries.SelectMany(e => e.Contacts.Emails), email => Assert.EndsWith("@langson.example", email, StringComparison.Ordinal));
        Assert.All(directory.Entries.SelectMany(e => e.Contacts.Mobiles), mobile => Assert.StartsWith("+84999555", mobile, StringComparison.Ordinal));
        Assert.All(directory.Entries.Where(e => e.Kind == "position"), e => Assert.Equal(["email", "sms"], e.Contacts.Channels));
    }

    [Fact]
    public void Seed2020_HasTheDistrictLevelAndEveryDepartment()
    {
        var directory = DirectoryLoader.Load(Directories.Seed2020);

        Assert.Equal(new DateOnly(2020, 1, 1), directory.EffectiveFrom);
        Assert.Equal(new DateOnly(2025, 6, 30), directory.EffectiveTo);
        Assert.Equal(22, directory.MembersOf("hdnd-ubnd-huyen").Count);
        Assert.Equal(11, directory.MembersOf("cap-uy-huyen").Count);
        Assert.Equal(19, directory.MembersOf("co-quan-chuyen-mon").Count);
        Assert.Contains(directory.Entries, e => e.Id == "so-khdt" && !e.Abolished);
    }

    [Fact]
    public void Seed2025_Has65CommunesWithoutTheDistrictLevel()
    {
        var directory = DirectoryLoader.Load(Directories.Seed2025);

        Assert.Equal(new DateOnly(2025, 7, 1), directory.EffectiveFrom);
        Assert.Null(directory.EffectiveTo);
        Assert.Equal(65, directory.MembersOf("ubnd-xa-phuong").Count);
        Assert.Equal(65, directory.MembersOf("hdnd-xa-phuong").Count);
        Assert.Equal(130, directory.MembersOf("hdnd-ubnd-xa-phuong").Count);
        Assert.All(directory.MembersOf("hdnd-ubnd-huyen"), e => Assert.True(e.Abolished));
        Assert.All(directory.MembersOf("hdnd-ubnd-xa-phuong").Where(e => e.Unverified), e => Assert.Contains("unverified", e.Note, StringComparison.Ordinal));
        Assert.Equal("so-tc", directory.FindEntry("so-khdt")!.Successor);
        Assert.Equal("so-nnmt", directory.FindEntry("so-tnmt")!.Successor);
        Assert.False(directory.FindEntry("so-ngv")!.Abolished);
    }
}
