using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>maildev's REST API (under /api).</summary>
internal sealed class Maildev(Uri baseAddress)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public async Task<IReadOnlyList<MaildevEmail>> ListAsync()
    {
        var emails = await Http.GetFromJsonAsync<List<MaildevEmail>>(new Uri(baseAddress, "api/email"));
        return emails ?? [];
    }

    internal sealed class MaildevEmail
    {
        [JsonPropertyName("subject")]
        public string Subject { get; set; } = "";

        [JsonPropertyName("text")]
        public string? Text { get; set; }

        [JsonPropertyName("html")]
        public string? Html { get; set; }

        [JsonPropertyName("to")]
        public List<Address> To { get; set; } = [];

        [JsonPropertyName("headers")]
        public Dictionary<string, JsonElement> Headers { get; set; } = [];

        [JsonPropertyName("attachments")]
        public List<JsonElement>? Attachments { get; set; }

        public string? DeliveryId => Headers.TryGetValue("x-notify-delivery", out var value) ? value.ToString() : null;
    }

    internal sealed class Address
    {
        [JsonPropertyName("address")]
        public string Value { get; set; } = "";
    }
}
