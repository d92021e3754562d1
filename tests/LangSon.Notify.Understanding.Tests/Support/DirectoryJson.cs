using System.Text;
using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Small directory files written inline, checked without touching the disk.</summary>
internal static class DirectoryJson
{
    public const string ValidEntries = """
        { "id": "ubnd-tinh", "name": "Ủy ban nhân dân tỉnh", "kind": "organisation",
          "contacts": { "emails": ["ubnd-tinh@langson.example"], "mobiles": ["+84999555001"], "channels": ["email"] } },
        { "id": "so-yt", "name": "Sở Y tế", "kind": "organisation", "parent": "ubnd-tinh", "groups": ["so-ban-nganh"],
          "contacts": { "emails": ["so-yt@langson.example"], "mobiles": ["0999 555 002"], "channels": ["email", "sms"] } }
        """;

    public const string ValidGroups = """
        { "id": "so-ban-nganh", "name": "Các sở, ban, ngành" }
        """;

    public static string File(string entries = ValidEntries, string groups = ValidGroups, string dates = "\"effectiveFrom\": \"2020-01-01\"") => $$"""
        { "province": "Lạng Sơn", {{dates}},
          "groups": [ {{groups}} ],
          "entries": [ {{entries}} ] }
        """;

    public static DirectoryCheck Check(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return DirectoryLoader.Check(stream, "test.json");
    }
}
