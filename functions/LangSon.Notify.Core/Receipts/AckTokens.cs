using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// Acknowledgement link tokens: notice id, delivery id and expiry, sealed with an HMAC-SHA256 under the configured
/// key and written base64url. The ids are content hashes (packed to bytes), so a token says nothing about the
/// notice or the agency.
/// </summary>
internal sealed class AckTokens(IOptions<ReceiptOptions> options, TimeProvider time)
{
    private const byte Version = 1;
    private const int MacBytes = 16;
    private const byte HexPacked = 0x80;

    public string Create(string noticeId, string deliveryId)
    {
        var expires = time.GetUtcNow().Add(options.Value.LinkLifetime);
        var body = new List<byte> { Version };
        Pack(body, noticeId);
        Pack(body, deliveryId);
        var stamp = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(stamp, expires.ToUnixTimeSeconds());
        body.AddRange(stamp);
        var bytes = body.ToArray();
        return Base64Url.Encode([.. bytes, .. Mac(bytes)]);
    }

    /// <summary>The delivery a token names, or a problem in Vietnamese for the page.</summary>
    public AckTokenRead Read(string? token)
    {
        var invalid = new AckTokenRead(null, null, null, "Liên kết không hợp lệ.");
        byte[] bytes;
        try
        {
            bytes = token is { Length: > 0 and < 400 } ? Base64Url.Decode(token) : [];
        }
        catch (FormatException)
        {
            return invalid;
        }

        if (bytes.Length < 1 + 2 + 8 + MacBytes || bytes[0] != Version)
        {
            return invalid;
        }

        var body = bytes.AsSpan(0, bytes.Length - MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(Mac(body), bytes.AsSpan(bytes.Length - MacBytes)))
        {
            return invalid;
        }

        var at = 1;
        if (Unpack(body, ref at) is not { } noticeId || Unpack(body, ref at) is not { } deliveryId || body.Length - at != 8)
        {
            return invalid;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(body[at..]));
        return expires < time.GetUtcNow()
            ? new AckTokenRead(null, null, expires, "Liên kết đã hết hạn.")
            : new AckTokenRead(noticeId, deliveryId, expires, null);
    }

    private static void Pack(List<byte> body, string id)
    {
        var hex = id.Length % 2 == 0 && id.Length <= 254 && id.All(char.IsAsciiHexDigitLower);
        var bytes = hex ? Convert.FromHexString(id) : Encoding.UTF8.GetBytes(id);
        if (bytes.Length > 127)
        {
            throw new ArgumentException($"Id '{id}' is too long for a link.", nameof(id));
        }

        body.Add((byte)(bytes.Length | (hex ? HexPacked : 0)));
        body.AddRange(bytes);
    }

    private static string? Unpack(ReadOnlySpan<byte> body, ref int at)
    {
        if (at >= body.Length)
        {
            return null;
        }

        var header = body[at++];
        var length = header & 0x7F;
        if (at + length > body.Length)
        {
            return null;
        }

        var bytes = body.Slice(at, length);
        at += length;
        return (header & HexPacked) != 0 ? Convert.ToHexStringLower(bytes) : Encoding.UTF8.GetString(bytes);
    }

    private byte[] Mac(ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkKey), body)[..MacBytes];
}
