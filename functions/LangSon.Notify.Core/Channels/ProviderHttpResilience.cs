using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace LangSon.Notify.Core.Channels;

internal static class ProviderHttpResilience
{
    /// <summary>
    /// Retries only what cannot have been delivered: a refused connection, 502 or 503.
    /// 4xx, 429, 500 and timeouts go back to the caller as an outcome, because the queue retries
    /// with the provider's Retry-After, and an in-process retry of an accepted message would duplicate it.
    /// </summary>
    public static IHttpClientBuilder AddProviderResilience<TOptions>(this IHttpClientBuilder builder, string pipelineName)
        where TOptions : ProviderHttpOptions
    {
        builder.AddResilienceHandler(pipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
            if (options.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = args => ValueTask.FromResult(IsNotDelivered(args.Outcome)),
                });
            }

            pipeline.AddTimeout(options.Timeout);
        });

        // The resilience pipeline owns timeouts; the client-wide one only stops a hung pipeline.
        builder.ConfigureHttpClient(client => client.Timeout = TimeSpan.FromMinutes(10));
        return builder;
    }

    internal static bool IsNotDelivered(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        // The request never reached the provider: no name, no connection, no TLS. A connection lost after sending is not retried here.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } } => true,
        { Result.StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable } => true,
        _ => false,
    };
}
