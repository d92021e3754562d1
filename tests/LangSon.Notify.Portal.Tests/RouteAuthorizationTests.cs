using System.Net;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Security;
using LangSon.Notify.Portal.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using LangSon.Notify.SelfHost.Triggers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LangSon.Notify.Portal.Tests;

/// <summary>
/// Every route of the self-host (portal pages, page handlers' methods, the JSON API), taken from its endpoint data
/// source, is requested unauthenticated and with a signed-in user of the wrong role; every request must be refused.
/// Only routes explicitly marked anonymous are exempt, and those must be on a short list.
/// </summary>
public sealed partial class RouteAuthorizationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] AnonymousAllowed = ["/dang-nhap", "/health"];
    private static readonly string[] AnonymousPrefixesAllowed = ["/api/receipts/", "/ack/"];

    /// <summary>Admin routes that must be among those checked with the wrong role (a clerk), so a new page cannot slip out of the test.</summary>
    private static readonly string[] AdminRoutes = ["/quan-tri/thong-bao", "/quan-tri/thong-bao/{id}", "/quan-tri/bieu-do", "/quan-tri/danh-ba", "/quan-tri/danh-ba/{file}/{id}"];

    private readonly string _clerkPassword = Guid.NewGuid().ToString("N");
    private readonly string _adminPassword = Guid.NewGuid().ToString("N");
    private readonly string _guestPassword = Guid.NewGuid().ToString("N");
    private Emulators _emulators = null!;
    private WebApplicationFactory<NoticeTriggers> _factory = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        var directory = new BlobServiceClient(_emulators.ConnectionString).GetBlobContainerClient(StorageNames.DirectoryContainer);
        await directory.CreateIfNotExistsAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "directory-*.json"))
        {
            await directory.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
        }

        _factory = new WebApplicationFactory<NoticeTriggers>().WithWebHostBuilder(b =>
        {
            b.UseSetting("AzureWebJobsStorage", _emulators.ConnectionString);
            b.UseSetting("Notify:Smtp:Host", "127.0.0.1");
            b.UseSetting("Notify:Smtp:Port", $"{_emulators.SmtpPort}");
            b.UseSetting("Notify:Smtp:Security", "None");
            b.UseSetting("Notify:Receipts:PublicBaseUrl", "http://127.0.0.1/");
            b.UseSetting("Notify:Receipts:LinkKey", "route-test-link-key-not-a-secret-0123456789");
            Account(b, 0, "vanthu", _clerkPassword, PortalRoles.Clerk);
            Account(b, 1, "quantri", _adminPassword, PortalRoles.Admin);
            Account(b, 2, "khach", _guestPassword, null);
            b.UseSetting("Portal:ApiKeys:0:Name", "tests");
            b.UseSetting("Portal:ApiKeys:0:Sha256", new string('0', 64));
        });
    }

    [Fact]
    public async Task EveryRoute_UnauthenticatedOrWrongRole_IsRefused()
    {
        using var anonymous = Client();
        using var clerk = await SignedInAsync("vanthu", _clerkPassword);
        using var admin = await SignedInAsync("quantri", _adminPassword);
        using var guest = await SignedInAsync("khach", _guestPassword);

        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var checks = 0;
        var failures = new List<string>();
        var anonymousRoutes = new List<string>();
        var signedInOnly = new List<string>();
        var checkedAsAdminOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var path = Parameter().Replace(pattern, "0123456789abcdef");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                anonymousRoutes.Add(pattern);
                if (!AnonymousAllowed.Contains(pattern, StringComparer.OrdinalIgnoreCase) && !AnonymousPrefixesAllowed.Any(p => pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{pattern} is anonymous but not on the list of routes allowed to be");
                }

                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
            var wrong = policies switch
            {
                _ when policies.Contains(PortalPolicies.Clerk) => admin,
                _ when policies.Contains(PortalPolicies.Admin) => clerk,
                _ when policies.Contains(PortalPolicies.User) => guest,
                _ when policies.Contains(PortalPolicies.Api) => admin,
                _ => null,
            };
            if (wrong is null)
            {
                signedInOnly.Add(pattern);
            }
            else if (wrong == clerk)
            {
                checkedAsAdminOnly.Add(pattern);
            }

            foreach (var method in methods)
            {
                checks++;
                if (await SendAsync(anonymous, method, path) is { } anonymousAnswer && !Refused(anonymousAnswer))
                {
                    failures.Add($"{method} {path} unauthenticated: {anonymousAnswer}");
                }

                if (wrong is not null)
                {
                    checks++;
                    if (await SendAsync(wrong, method, path) is { } wrongAnswer && !Refused(wrongAnswer))
                    {
                        failures.Add($"{method} {path} wrong role: {wrongAnswer}");
                    }
                }
            }
        }

        var summary = $"{endpoints.Count} endpoints, {checks} requests (unauthenticated and wrong role), {checks - failures.Count} refused; anonymous by design: {string.Join(", ", anonymousRoutes.Distinct())}; signed-in only (no role to be wrong about): {string.Join(", ", signedInOnly.Distinct())}";
        output.WriteLine(summary);
        File.WriteAllLines(Path.Combine(Artifacts.Folder, "routes.txt"), [summary, .. failures]);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checks > 20, $"only {checks} requests were made");
        var missing = AdminRoutes.Where(r => !checkedAsAdminOnly.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"admin routes not checked with the wrong role: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Api_WithConfiguredKeyOnly_Answers()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/notices")).StatusCode);
        client.DefaultRequestHeaders.Add("X-Api-Key", "some-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/notices")).StatusCode);
        var schemes = await _factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();
        Assert.Contains(schemes, s => s.Name == ApiKeyAuthenticationHandler.SchemeName);
    }

    [Fact]
    public async Task SessionCookie_IsSecureHttpOnlyStrict()
    {
        using var client = Client();
        var form = await AntiforgeryFormAsync(client);
        form["UserName"] = "vanthu";
        form["Password"] = _clerkPassword;
        using var response = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(PortalAuthentication.CookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);

        // A form posted without its antiforgery token is refused.
        using var signedIn = await SignedInAsync("vanthu", _clerkPassword);
        using var forged = await signedIn.PostAsync("van-thu/thong-bao/0123", new FormUrlEncodedContent(new Dictionary<string, string> { ["Corrections[0].Action"] = "skip" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    private static bool Refused(string answer) =>
        answer.StartsWith("401", StringComparison.Ordinal) || answer.StartsWith("403", StringComparison.Ordinal)
        || (answer.StartsWith("302", StringComparison.Ordinal) && (answer.Contains("/dang-nhap", StringComparison.Ordinal) || answer.Contains("/tu-choi", StringComparison.Ordinal)));

    /// <summary>"status location" of the answer, without following redirects.</summary>
    private static async Task<string?> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>());
        }

        using var response = await client.SendAsync(request);
        return $"{(int)response.StatusCode} {response.Headers.Location}";
    }

    private static void Account(IWebHostBuilder b, int i, string user, string password, string? role)
    {
        b.UseSetting($"Portal:Accounts:{i}:UserName", user);
        b.UseSetting($"Portal:Accounts:{i}:PasswordHash", HostProcess.HashPassword(password));
        if (role is not null)
        {
            b.UseSetting($"Portal:Accounts:{i}:Roles:0", role);
        }
    }

    private HttpClient Client() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost/"), HandleCookies = true });

    private async Task<HttpClient> SignedInAsync(string user, string password)
    {
        var client = Client();
        var form = await AntiforgeryFormAsync(client);
        form["UserName"] = user;
        form["Password"] = password;
        using var response = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<Dictionary<string, string>> AntiforgeryFormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("dang-nhap");
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the sign-in form carries an antiforgery token");
        return new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
