using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// Acknowledgement link tokens: notice id, delivery id and expiry, sealed with an HMAC-SHA256 under the configured
/// key and written base64url. The ids are content hashes, so a token says nothing about the notice or the agency.
/// </summary>
internal sealed class AckTokens(IOptions<ReceiptOptions> options, TimeProvider time)
{
    private const byte Version = 1;
    private const int NoticeBytes = 32;
    private const int DeliveryBytes = 16;
    private const int MacBytes = 16;
    private const int BodyBytes = 1 + NoticeBytes + DeliveryBytes + 8;

    public string Create(string noticeId, string deliveryId)
    {
        var expires = time.GetUtcNow().Add(options.Value.LinkLifetime);
        var token = new byte[BodyBytes + MacBytes];
        token[0] = Version;
        if (Convert.FromHexString(noticeId) is not { Length: NoticeBytes } notice || Convert.FromHexString(deliveryId) is not { Length: DeliveryBytes } delivery)
        {
            throw new ArgumentException($"Delivery {deliveryId} of notice {noticeId} does not have pipeline ids.");
        }

        notice.CopyTo(token, 1);
        delivery.CopyTo(token, 1 + NoticeBytes);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(1 + NoticeBytes + DeliveryBytes), expires.ToUnixTimeSeconds());
        Mac(token.AsSpan(0, BodyBytes)).CopyTo(token.AsSpan(BodyBytes));
        return Base64Url.Encode(token);
    }

    /// <summary>The delivery a token names, or a problem in Vietnamese for the page.</summary>
    public AckTokenRead Read(string? token)
    {
        byte[] bytes;
        try
        {
            bytes = token is { Length: > 0 and < 200 } ? Base64Url.Decode(token) : [];
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length != BodyBytes + MacBytes || bytes[0] != Version
            || !CryptographicOperations.FixedTimeEquals(Mac(bytes.AsSpan(0, BodyBytes)), bytes.AsSpan(BodyBytes)))
        {
            return new AckTokenRead(null, null, null, "Liên kết không hợp lệ.");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1 + NoticeBytes + DeliveryBytes)));
        if (expires < time.GetUtcNow())
        {
            return new AckTokenRead(null, null, expires, "Liên kết đã hết hạn.");
        }

        return new AckTokenRead(
            Convert.ToHexStringLower(bytes.AsSpan(1, NoticeBytes)),
            Convert.ToHexStringLower(bytes.AsSpan(1 + NoticeBytes, DeliveryBytes)),
            expires,
            null);
    }

    private byte[] Mac(ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkKey), body)[..MacBytes];
}
