using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Twilio.Clients;
using TwilioHttp = Twilio.Http;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>
/// Carries the Twilio SDK's requests over our own HttpClient (resilience handler, configurable base URL for stubs)
/// and this call's cancellation token, which the SDK's resource methods cannot take. One instance per send.
/// </summary>
internal sealed class TwilioRestApiClient(HttpClient httpClient, TwilioOptions options, TimeProvider time, CancellationToken cancellationToken)
    : ITwilioRestClient
{
    private readonly Uri baseUri = new(options.BaseUrl.TrimEnd('/') + "/");

    public string AccountSid => options.AccountSid;

    public string Region => null!;

    public TwilioHttp.HttpClient HttpClient => new TwilioHttp.SystemNetHttpClient(httpClient);

    public TwilioHttp.Response Request(TwilioHttp.Request request) =>
        throw new NotSupportedException("Twilio requests are sent asynchronously only.");

    public async Task<TwilioHttp.Response> RequestAsync(TwilioHttp.Request request)
    {
        // Keep the SDK's path and query, swap the host for ours.
        var sdkUri = request.ConstructUrl();
        using var message = new HttpRequestMessage(new HttpMethod(request.Method.ToString().ToUpperInvariant()), new Uri(baseUri, sdkUri.PathAndQuery.TrimStart('/')));
        message.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.AccountSid}:{options.AuthToken}")));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var header in request.HeaderParams)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.PostParams.Count > 0)
        {
            message.Content = new FormUrlEncodedContent(request.PostParams);
        }

        using var response = await httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300)
        {
            throw ToException(status, content, RetryAfterHeader.Read(response.Headers, time));
        }

        return new TwilioHttp.Response(response.StatusCode, content, response.Headers);
    }

    /// <summary>Twilio answers errors as <c>{"code":21211,"message":"..","more_info":"..","status":400}</c>.</summary>
    private static TwilioRequestException ToException(int status, string content, TimeSpan? retryAfter)
    {
        try
        {
            using var json = JsonDocument.Parse(content);
            var root = json.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var parsed) ? parsed : 0;
            var text = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            var moreInfo = root.TryGetProperty("more_info", out var i) ? i.GetString() : null;
            return new TwilioRequestException(code, status, text ?? $"HTTP {status}", moreInfo, retryAfter);
        }
        catch (JsonException)
        {
            return new TwilioRequestException(0, status, string.IsNullOrWhiteSpace(content) ? $"HTTP {status}" : content.Trim(), null, retryAfter);
        }
    }
}
