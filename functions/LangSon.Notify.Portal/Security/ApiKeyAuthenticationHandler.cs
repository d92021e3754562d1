using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal.Security;

/// <summary>
/// Authenticates /api/* calls by the X-Api-Key header: the key's SHA-256 must equal one configured hash (compared in
/// constant time). No header means no identity, so the route's policy answers 401.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    IOptionsMonitor<PortalOptions> portal,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        foreach (var key in portal.CurrentValue.ApiKeys)
        {
            if (key.Sha256.Length == 64 && CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(key.Sha256)))
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, $"api:{key.Name}"), new Claim(ClaimTypes.Role, PortalRoles.Api)],
                    SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("invalid API key"));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}
