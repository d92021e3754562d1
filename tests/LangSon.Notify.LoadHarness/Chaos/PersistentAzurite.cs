using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.LoadHarness.Chaos;

/// <summary>Azurite keeping its data in a folder (not in memory), so it can be stopped and started again on the same ports with its queues and tables intact.</summary>
internal sealed class PersistentAzurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _location;
    private ProcessGroup? _process;

    private PersistentAzurite(string location)
    {
        _location = location;
    }

    public int BlobPort { get; } = ProcessGroup.FreePort();

    public int QueuePort { get; } = ProcessGroup.FreePort();

    public int TablePort { get; } = ProcessGroup.FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<PersistentAzurite> StartAsync(string location)
    {
        var azurite = new PersistentAzurite(location);
        try
        {
            await azurite.StartAsync();
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops azurite as an operator would (SIGINT: it saves its database and exits), killing it if it has not within
    /// 20 s, then starts it again on the same folder and ports. True when it stopped by itself.
    /// </summary>
    public async Task<bool> RestartAsync()
    {
        var graceful = false;
        if (_process is { } process)
        {
            using (var signal = System.Diagnostics.Process.Start("kill", ["-INT", "--", $"-{process.Id}"]))
            {
                await signal.WaitForExitAsync();
            }

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            graceful = process.HasExited;
            process.Dispose();
        }

        await StartAsync();
        return graceful;
    }

    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task StartAsync()
    {
        _process = ProcessGroup.Start(Repo.NodeBin("azurite"),
        [
            "--silent", "--location", _location, "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
        ]);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await ProcessGroup.WaitForPortAsync(port, _process, "azurite", TimeSpan.FromSeconds(60));
        }
    }
}
