using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Support;

internal static class FakeClock
{
    /// <summary>
    /// The providers' retry delays and timeouts run on the injected FakeTimeProvider, so a test that needs them
    /// to elapse moves the clock forward in steps until the call finishes; the wall clock plays no part.
    /// </summary>
    public static async Task<T> AdvanceUntilDone<T>(this FakeTimeProvider time, Task<T> call)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!call.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(call, Task.Delay(5, deadline.Token));
            deadline.Token.ThrowIfCancellationRequested();
        }

        return await call;
    }
}
