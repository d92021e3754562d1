using System.Text;
using LangSon.Notify.Understanding.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed class ReadingRegistrationTests
{
    [Fact]
    public void AddNotifyReading_Default_ResolvesAWorkingReader()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddNotifyReading();
        using var host = builder.Build();

        var reader = host.Services.GetRequiredService<IDocumentReader>();
        var text = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("THÔNG BÁO")), "a.txt");

        Assert.Equal("THÔNG BÁO", text.Text);
    }

    [Fact]
    public async Task AddNotifyReading_InvalidLimit_FailsAtStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddNotifyReading(o => o.MaxBytes = -1);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(nameof(DocumentReaderOptions.MaxBytes), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNotifyReading_Configured_AppliesTheLimit()
    {
        var services = new ServiceCollection().AddLogging().AddNotifyReading(o => o.MaxBytes = 4);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<DocumentReadException>(() => provider.GetRequiredService<IDocumentReader>().Read(new MemoryStream(Encoding.UTF8.GetBytes("THÔNG BÁO")), "a.txt"));

        Assert.Equal(DocumentReadError.TooLarge, error.Error);
    }
}
