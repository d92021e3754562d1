using System.Globalization;
using System.Text.Json.Nodes;
using LangSon.Notify.Understanding.Signatures;

namespace LangSon.Notify.Cli.Inspection;

/// <summary>The <c>signature</c> part of inspect's output.</summary>
internal static class SignatureRendering
{
    public static JsonObject Json(SignatureVerdict verdict) => new()
    {
        ["status"] = verdict.Status.ToName(),
        ["signatures"] = new JsonArray(verdict.Signatures.Select(s => (JsonNode?)new JsonObject
        {
            ["signer"] = s.Signer,
            ["organization"] = s.Organization,
            ["serialNumber"] = s.SerialNumber,
            ["notBefore"] = Iso(s.NotBefore),
            ["notAfter"] = Iso(s.NotAfter),
            ["signedAt"] = Iso(s.SignedAt),
            ["status"] = s.Status.ToName(),
            ["coversWholeDocument"] = s.CoversWholeDocument,
            ["problem"] = s.Problem,
        }).ToArray()),
    };

    public static void WriteText(TextWriter output, SignatureVerdict verdict)
    {
        output.WriteLine($"Chữ ký số: {verdict.Status.ToName()} ({verdict.Signatures.Count})");
        foreach (var s in verdict.Signatures)
        {
            var problem = s.Problem is null ? string.Empty : $" — {s.Problem}";
            output.WriteLine($"  {s.Status.ToName(),-22} {s.Signer ?? "?"}{(s.Organization is null ? string.Empty : $", {s.Organization}")}, {Iso(s.SignedAt) ?? "no signing time"}{(s.CoversWholeDocument ? ", whole document" : string.Empty)}{problem}");
        }
    }

    private static string? Iso(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
