namespace LangSon.Notify.Portal.Monitoring;

/// <summary>How long an agency took to answer (02/03 or a task report) after its first message was sent.</summary>
/// <param name="Last">The time of its most recent answer.</param>
public sealed record AckTime(string Agency, int Count, TimeSpan Median, TimeSpan Last);
