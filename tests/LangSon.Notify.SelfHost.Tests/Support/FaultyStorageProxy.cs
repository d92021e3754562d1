using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>
/// An HTTP proxy in front of one Azurite endpoint that answers 503 to the requests a test picks, as a storage account
/// does during an outage; everything else reaches Azurite unchanged.
/// </summary>
internal sealed class FaultyStorageProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Keep-Alive", "Transfer-Encoding" };
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly WebApplication _app;
    private readonly int _target;
    private int _failed;

    private FaultyStorageProxy(int target)
    {
        _target = target;
        Port = ProcessGroup.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        _app = builder.Build();
        _app.Run(ForwardAsync);
    }

    public int Port { get; }

    /// <summary>Given the method, path and body of a request, whether to fail it; null passes everything.</summary>
    public Func<string, string, string, bool>? FailWhen { get; set; }

    public int Failed => Volatile.Read(ref _failed);

    public static async Task<FaultyStorageProxy> StartAsync(int targetPort)
    {
        var proxy = new FaultyStorageProxy(targetPort);
        await proxy._app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var request = context.Request;
        if (FailWhen?.Invoke(request.Method, request.Path.Value ?? "", Encoding.UTF8.GetString(body)) == true)
        {
            Interlocked.Increment(ref _failed);
            context.Response.StatusCode = 503;
            return;
        }

        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), $"http://127.0.0.1:{_target}{request.Path}{request.QueryString}");
        if (body.Length > 0 || request.ContentLength is not null)
        {
            forward.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (HopHeaders.Contains(name))
            {
                continue;
            }

            if (!forward.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forward.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await _http.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopHeaders.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
