namespace LangSon.Notify.Understanding.Text;

/// <summary>
/// The match timeout every pattern of the solution carries, so no input can hold a worker in a regex: a timeout
/// (<see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>) rejects the notice as over budget.
/// Generous on purpose: the patterns run on one line or one block at a time, in microseconds.
/// </summary>
public static class RegexBudget
{
    public const int MatchTimeoutMilliseconds = 2000;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}
