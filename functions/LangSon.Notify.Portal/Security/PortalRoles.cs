namespace LangSon.Notify.Portal.Security;

/// <summary>
/// The portal's roles. The values are what role claims carry: local accounts list them in configuration, and in
/// Entra ID they are the app roles' values (which may not contain spaces); the Vietnamese names are what people see.
/// </summary>
public static class PortalRoles
{
    /// <summary>Văn thư: uploads notices, reviews held ones, confirms sending.</summary>
    public const string Clerk = "VanThu";

    /// <summary>Quản trị: watches delivery, retries, resends, recalls, exports.</summary>
    public const string Admin = "QuanTri";

    /// <summary>A script or the CLI calling the JSON API with an API key.</summary>
    public const string Api = "Api";

    public static string DisplayName(string role) => role switch
    {
        Clerk => "Văn thư",
        Admin => "Quản trị",
        Api => "API",
        _ => role,
    };
}
