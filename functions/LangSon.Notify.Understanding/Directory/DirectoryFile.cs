using System.Text.Json.Serialization;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>
/// The JSON form of a directory file, read leniently (every field nullable) so that the validator can name each
/// problem instead of the deserializer stopping at the first.
/// </summary>
internal sealed class DirectoryFile
{
    [JsonPropertyName("province")]
    public string? Province { get; set; }

    [JsonPropertyName("effectiveFrom")]
    public string? EffectiveFrom { get; set; }

    [JsonPropertyName("effectiveTo")]
    public string? EffectiveTo { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("groups")]
    public List<DirectoryFileGroup?>? Groups { get; set; }

    [JsonPropertyName("entries")]
    public List<DirectoryFileEntry?>? Entries { get; set; }
}
