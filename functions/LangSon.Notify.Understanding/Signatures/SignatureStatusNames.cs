namespace LangSon.Notify.Understanding.Signatures;

/// <summary>The wire names of <see cref="SignatureStatus"/>, as inspect, the status API and configuration spell them.</summary>
public static class SignatureStatusNames
{
    public static string ToName(this SignatureStatus status) => status switch
    {
        SignatureStatus.Unsigned => "unsigned",
        SignatureStatus.Altered => "altered",
        SignatureStatus.Invalid => "invalid",
        SignatureStatus.ModifiedAfterSigning => "modified-after-signing",
        SignatureStatus.Untrusted => "untrusted",
        SignatureStatus.Valid => "valid",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? name, out SignatureStatus status)
    {
        foreach (var candidate in Enum.GetValues<SignatureStatus>())
        {
            if (string.Equals(candidate.ToName(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
