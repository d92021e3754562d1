namespace LangSon.Notify.Portal.Security;

/// <summary>Authorization policy names. Every page and API route names one; anything unnamed falls back to "signed in".</summary>
public static class PortalPolicies
{
    public const string Clerk = "portal-clerk";

    public const string Admin = "portal-admin";

    /// <summary>Either role: the home page.</summary>
    public const string User = "portal-user";

    /// <summary>The JSON API: an API key (X-Api-Key).</summary>
    public const string Api = "portal-api";
}
