namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Azurite and maildev from the repository's node_modules, on free loopback ports; always stopped on dispose.</summary>
internal sealed class Emulators : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private ProcessGroup? _azurite;
    private ProcessGroup? _maildev;

    public int BlobPort { get; } = ProcessGroup.FreePort();

    public int QueuePort { get; } = ProcessGroup.FreePort();

    public int TablePort { get; } = ProcessGroup.FreePort();

    public int SmtpPort { get; } = ProcessGroup.FreePort();

    public int MailWebPort { get; } = ProcessGroup.FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public Maildev Mail => new(new Uri($"http://127.0.0.1:{MailWebPort}/"));

    public static async Task<Emulators> StartAsync()
    {
        // A port can still be taken between the check and the emulator's bind; new ports, then try again.
        for (var attempt = 1; ; attempt++)
        {
            var emulators = new Emulators();
            try
            {
                await emulators.StartAzuriteAsync();
                await emulators.StartMaildevAsync();
                return emulators;
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                await emulators.DisposeAsync();
            }
            catch
            {
                await emulators.DisposeAsync();
                throw;
            }
        }
    }

    public async Task StartMaildevAsync()
    {
        _maildev = ProcessGroup.Start(Repo.NodeBin("maildev"), ["--ip", "127.0.0.1", "--smtp", $"{SmtpPort}", "--web", $"{MailWebPort}"]);
        await ProcessGroup.WaitForPortAsync(SmtpPort, _maildev, "maildev", TimeSpan.FromSeconds(30));
        await ProcessGroup.WaitForPortAsync(MailWebPort, _maildev, "maildev", TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops maildev; its messages are lost, so callers count what they need first.</summary>
    public void StopMaildev() => _maildev?.Kill();

    public ValueTask DisposeAsync()
    {
        _maildev?.Dispose();
        _azurite?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task StartAzuriteAsync()
    {
        _azurite = ProcessGroup.Start(Repo.NodeBin("azurite"),
        [
            "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
        ]);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await ProcessGroup.WaitForPortAsync(port, _azurite, "azurite", TimeSpan.FromSeconds(30));
        }
    }
}
