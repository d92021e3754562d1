namespace LangSon.Notify.Core.Channels;

/// <summary>Why a secret setting cannot work: one wording for the start-up check and the senders.</summary>
internal static class SecretSetting
{
    /// <summary>App Service leaves this literal in place when the app's identity cannot read the secret.</summary>
    public const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>Null when <paramref name="value"/> looks usable; otherwise what is wrong, naming <paramref name="key"/>.</summary>
    public static string? Problem(string key, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"{key} is not set"
        : value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase)
            ? $"{key} is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)"
            : null;
}
