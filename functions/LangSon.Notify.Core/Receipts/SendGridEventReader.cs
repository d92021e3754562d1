using System.Text.Json;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Reads SendGrid's event webhook body: a JSON array of event objects. Throws <see cref="FormatException"/> naming the problem.</summary>
internal static class SendGridEventReader
{
    public static IReadOnlyList<SendGridEvent> Read(ReadOnlySpan<byte> body)
    {
        JsonDocument json;
        try
        {
            var reader = new Utf8JsonReader(body);
            json = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"the body is not JSON: {ex.Message}", ex);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("the body is not a JSON array of events");
            }

            var list = new List<SendGridEvent>();
            var index = 0;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"event {index} is not an object");
                }

                var name = Text(item, "event") ?? throw new FormatException($"event {index} has no 'event'");
                var id = Text(item, "sg_event_id") ?? throw new FormatException($"event {index} has no 'sg_event_id'");
                if (!item.TryGetProperty("timestamp", out var stamp) || stamp.ValueKind != JsonValueKind.Number || !stamp.TryGetInt64(out var seconds))
                {
                    throw new FormatException($"event {index} has no numeric 'timestamp'");
                }

                var detail = name switch
                {
                    "bounce" => Join(Text(item, "type"), Text(item, "status"), Text(item, "reason")),
                    "dropped" => Text(item, "reason"),
                    "deferred" => Join(Text(item, "response"), Attempt(item)),
                    "delivered" => Text(item, "response"),
                    _ => null,
                };
                var machine = item.TryGetProperty("sg_machine_open", out var m) && m.ValueKind == JsonValueKind.True;
                list.Add(new SendGridEvent(name, id, DateTimeOffset.FromUnixTimeSeconds(seconds), Text(item, "noticeId"), Text(item, "deliveryId"), Text(item, "sg_message_id"), detail, machine));
                index++;
            }

            return list;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Attempt(JsonElement item) => Text(item, "attempt") is { } a ? $"attempt {a}" : null;

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(" · ", present);
    }
}
