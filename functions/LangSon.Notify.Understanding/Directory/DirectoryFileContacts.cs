using System.Text.Json.Serialization;

namespace LangSon.Notify.Understanding.Directory;

internal sealed class DirectoryFileContacts
{
    [JsonPropertyName("emails")]
    public List<string>? Emails { get; set; }

    [JsonPropertyName("mobiles")]
    public List<string>? Mobiles { get; set; }

    [JsonPropertyName("channels")]
    public List<string>? Channels { get; set; }
}
