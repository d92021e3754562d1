using System.Text.Json.Serialization;

namespace LangSon.Notify.Understanding.Directory;

internal sealed class DirectoryFileGroup
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("includes")]
    public List<string>? Includes { get; set; }

    [JsonPropertyName("general")]
    public bool General { get; set; }

    [JsonPropertyName("note")]
    public string? Note { get; set; }
}
