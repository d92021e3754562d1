namespace LangSon.Notify.Portal.Security;

/// <summary>An API key allowed to call /api/* ("Portal:ApiKeys"): only the SHA-256 of the key, in hex, is configured.</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";
}
