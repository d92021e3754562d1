using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Core.Templates;

/// <summary>Stops start-up when a template is missing or not valid Liquid.</summary>
internal sealed class TemplateStartupCheck(LiquidTemplates templates) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        templates.Validate();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
