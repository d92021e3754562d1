using System.Text.Json.Serialization;

namespace LangSon.Notify.Understanding.Directory;

internal sealed class DirectoryFileEntry
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("shortNames")]
    public List<string>? ShortNames { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("parent")]
    public string? Parent { get; set; }

    [JsonPropertyName("groups")]
    public List<string>? Groups { get; set; }

    [JsonPropertyName("fields")]
    public List<string>? Fields { get; set; }

    [JsonPropertyName("contacts")]
    public DirectoryFileContacts? Contacts { get; set; }

    [JsonPropertyName("exchangeCode")]
    public string? ExchangeCode { get; set; }

    [JsonPropertyName("successor")]
    public string? Successor { get; set; }

    [JsonPropertyName("abolished")]
    public bool Abolished { get; set; }

    [JsonPropertyName("unverified")]
    public bool Unverified { get; set; }

    [JsonPropertyName("note")]
    public string? Note { get; set; }
}
