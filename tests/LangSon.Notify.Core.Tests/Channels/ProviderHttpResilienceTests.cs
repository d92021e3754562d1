using System.Net;
using LangSon.Notify.Core.Channels;
using Polly;

namespace LangSon.Notify.Core.Tests.Channels;

/// <summary>Only what the provider surely never accepted is retried in-process; the rest would risk a second copy.</summary>
public sealed class ProviderHttpResilienceTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Accepted, false)]
    public void IsNotDelivered_Response_OnlyBadGatewayAndUnavailable(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, ProviderHttpResilience.IsNotDelivered(Outcome.FromResult(response)));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void IsNotDelivered_TransportError_OnlyWhenNothingWasSent(HttpRequestError error, bool expected)
    {
        var exception = new HttpRequestException(error, "failed");

        Assert.Equal(expected, ProviderHttpResilience.IsNotDelivered(Outcome.FromException<HttpResponseMessage>(exception)));
    }
}
