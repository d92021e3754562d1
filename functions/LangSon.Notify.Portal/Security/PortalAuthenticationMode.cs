namespace LangSon.Notify.Portal.Security;

public enum PortalAuthenticationMode
{
    /// <summary>On-premises: accounts from configuration with hashed passwords.</summary>
    Local,

    /// <summary>Azure: Microsoft Entra ID through Microsoft.Identity.Web ("AzureAd" section), app roles VanThu and QuanTri.</summary>
    Entra,
}
