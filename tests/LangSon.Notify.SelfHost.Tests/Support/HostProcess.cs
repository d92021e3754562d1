using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>The self-host (the test host build, which adds stand-ins only where no real reader, parser or resolver is registered) as a separate process.</summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, string> _environment;
    private static readonly Microsoft.AspNetCore.Identity.PasswordHasher<object> Hasher = new();
    private readonly HttpClient _http;
    private readonly string _hostDll;
    private ProcessGroup? _process;

    public HostProcess(string storageConnection, int smtpPort, IDictionary<string, string>? settings = null, string? hostDll = null)
    {
        StorageConnection = storageConnection;
        Port = ProcessGroup.FreePort();
        _hostDll = hostDll ?? HostDll;
        _environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = storageConnection,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["Notify__Smtp__Host"] = "127.0.0.1",
            ["Notify__Smtp__Port"] = $"{smtpPort}",
            ["Notify__Smtp__Security"] = "None",
            ["Notify__Smtp__TimeoutSeconds"] = "5",
            ["Notify__Dispatch__ClaimLease"] = "00:00:08",
            ["Notify__SelfHost__FirstRetryDelay"] = "00:00:01",
            ["Notify__SelfHost__MaxRetryDelay"] = "00:00:04",
            ["Notify__SelfHost__MaxPollingInterval"] = "00:00:00.500",
            // The API answers only with a key, and the portal needs accounts: one of each role, made for this host.
            ["Portal__ApiKeys__0__Name"] = "tests",
            ["Portal__ApiKeys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))),
            ["Portal__Accounts__0__UserName"] = "vanthu",
            ["Portal__Accounts__0__DisplayName"] = "Văn thư thử nghiệm",
            ["Portal__Accounts__0__PasswordHash"] = Hasher.HashPassword(new object(), ClerkPassword),
            ["Portal__Accounts__0__Roles__0"] = "VanThu",
            ["Portal__Accounts__1__UserName"] = "quantri",
            ["Portal__Accounts__1__DisplayName"] = "Quản trị thử nghiệm",
            ["Portal__Accounts__1__PasswordHash"] = Hasher.HashPassword(new object(), AdminPassword),
            ["Portal__Accounts__1__Roles__0"] = "QuanTri",
            ["Notify__Receipts__PublicBaseUrl"] = $"http://127.0.0.1:{Port}",
            ["Notify__Receipts__LinkKey"] = "test-host-link-key-not-a-secret-0123456789",
            ["Notify__Signatures__Policy__unsigned"] = "send", // the seeds are unsigned
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }

        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(20) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>The API key this host accepts (its hash is in the host's settings).</summary>
    public string ApiKey { get; } = RandomSecret();

    public string ClerkPassword { get; } = RandomSecret();

    public string AdminPassword { get; } = RandomSecret();

    /// <summary>The portal's address; "localhost" because browsers keep Secure cookies for it over plain HTTP.</summary>
    public Uri PortalUrl => new($"http://localhost:{Port}/");

    public static string HashPassword(string password) => Hasher.HashPassword(new object(), password);

    private static string RandomSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public string StorageConnection { get; }

    public int Port { get; }

    public string Output => _process?.Output ?? "";

    public bool HasExited => _process?.HasExited ?? true;

    /// <summary>The host's process id (setsid execs the host in place).</summary>
    public int Pid => _process?.Id ?? 0;

    public static string HostDll => Path.Combine(Repo.Root, "tests", "LangSon.Notify.TestHost", "bin", Repo.Configuration, "net10.0", "LangSon.Notify.TestHost.dll");

    /// <param name="untilHealthy">False to return once the host has started even if /health reports a paused channel (503).</param>
    public async Task StartAsync(bool untilHealthy = true)
    {
        if (StorageConnection.Length > 0)
        {
            await SeedDirectoryAsync();
        }

        _process = ProcessGroup.Start("dotnet", [_hostDll], _environment, Path.GetDirectoryName(_hostDll));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited during start-up:\n{_process.Output}");
            }

            try
            {
                using var response = await _http.GetAsync("health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                if (!untilHealthy && (await response.Content.ReadAsStringAsync()).Contains("\"storage\":{\"status\":\"Healthy\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host did not become healthy:\n{_process.Output}");
    }

    /// <summary>Uploads seeds/directory-*.json, as run.sh does, so a host with the real resolver finds its directories.</summary>
    private async Task SeedDirectoryAsync()
    {
        var container = new BlobServiceClient(StorageConnection).GetBlobContainerClient(StorageNames.DirectoryContainer);
        await container.CreateIfNotExistsAsync();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "directory-*.json"))
        {
            await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
        }
    }

    /// <summary>SIGKILL, as a crash would.</summary>
    public void Kill() => _process?.Kill();

    public async Task<string> UploadAsync(string blobName, byte[] content)
    {
        var container = new BlobServiceClient(StorageConnection).GetBlobContainerClient(StorageNames.NoticesContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(blobName).UploadAsync(new BinaryData(content), overwrite: true);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    public async Task<StandIns> GetStandInsAsync() => (await _http.GetFromJsonAsync<StandIns>("standins", Json))!;

    /// <summary>The test host's live managed heap in bytes, after a full collection.</summary>
    public async Task<long> GetLiveHeapAsync() => await _http.GetFromJsonAsync<long>("standins/live-heap", Json);

    /// <summary>GET /health: its status code and JSON body.</summary>
    public async Task<(int Status, JsonElement Body)> GetHealthAsync()
    {
        using var response = await _http.GetAsync("health");
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public async Task<bool> IsHealthyAsync()
    {
        using var response = await _http.GetAsync("health");
        return response.IsSuccessStatusCode;
    }

    public async Task<List<NoticeView>> GetNoticesAsync() => (await _http.GetFromJsonAsync<List<NoticeView>>("api/notices", Json))!;

    public async Task<NoticeView?> GetNoticeAsync(string id)
    {
        using var response = await _http.GetAsync($"api/notices/{id}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<NoticeView>(Json) : null;
    }

    public async Task<DeliveriesView?> GetDeliveriesAsync(string noticeId)
    {
        try
        {
            using var response = await _http.GetAsync($"api/notices/{noticeId}/deliveries");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DeliveriesView>(Json) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds for the notice's deliveries; fails with the host's output on timeout.</summary>
    public async Task<DeliveriesView> WaitForAsync(string noticeId, Func<DeliveriesView, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        DeliveriesView? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetDeliveriesAsync(noticeId);
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Deliveries of {noticeId} did not reach the expected state in {timeout}; last: {JsonSerializer.Serialize(last)}\nHost output:\n{Output[^Math.Min(Output.Length, 6000)..]}");
    }

    public Task<DeliveriesView> WaitCompleteAsync(string noticeId, TimeSpan timeout) => WaitForAsync(noticeId, v => v.Complete, timeout);

    /// <summary>The recipients and excerpts the resolver produced, as the pipeline stored them.</summary>
    public async Task<JsonElement> GetPlanAsync(string noticeId)
    {
        var blob = new BlobServiceClient(StorageConnection).GetBlobContainerClient(StorageNames.DispatchContainer).GetBlobClient($"{noticeId}.json");
        var content = await blob.DownloadContentAsync();
        return JsonDocument.Parse(content.Value.Content.ToMemory()).RootElement.Clone();
    }

    public void Dispose()
    {
        // A graceful stop flushes the host's buffered events and removes its directory copy.
        _process?.Terminate(TimeSpan.FromSeconds(10));
        _process?.Dispose();
        _http.Dispose();
    }

    internal sealed record StandIns(string Reader, string Parser, string Resolver);

    internal sealed record NoticeView(string Id, string BlobName, string Status, string? Reason, string? DuplicateOf, int DeliveryCount);

    internal sealed record DeliveriesView(string NoticeId, string NoticeStatus, int Total, int Final, Dictionary<string, int> ByStatus, bool Complete, bool Settled, DateTimeOffset? LastFinishedAt, List<DeliveryView> Deliveries, List<ChannelPause>? PausedChannels = null);

    internal sealed record ChannelPause(string Channel, string Reason, string Source, DateTimeOffset PausedAt, DateTimeOffset ProbeAt);

    internal sealed record DeliveryView(string Id, string EntryId, string Agency, string Channel, string Address, string Status, string? Reason, int Attempts, string? ProviderMessageId, string? ExcerptLabels, string? Kind = null);
}
