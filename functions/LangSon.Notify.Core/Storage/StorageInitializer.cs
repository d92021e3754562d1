using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Core.Storage;

/// <summary>Creates containers, tables and queues before the triggers start listening.</summary>
internal sealed class StorageInitializer(NotifyStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
