namespace LangSon.Notify.Core.Receipts;

/// <summary>What a provider reported about a message, in the order a message moves; failures outrank delivery so a late "delivered" cannot hide a bounce.</summary>
public static class ProviderStates
{
    public static int Rank(string? state) => state switch
    {
        "queued" => 1,
        "processed" or "sent" or "accepted" => 2,
        "deferred" => 3,
        "delivered" => 4,
        "opened" => 5,
        "bounce" or "dropped" or "undelivered" or "failed" => 6,
        "spamreport" => 7,
        _ => 0,
    };

    /// <summary>Events that reach a person's attention: the message did not arrive or was reported as spam.</summary>
    public static bool IsAlert(string state) => state is "bounce" or "dropped" or "undelivered" or "failed" or "spamreport";

    /// <summary>States meaning the message reached the agency's mailbox or phone: the exchange's 01.</summary>
    public static bool MeansArrived(string state) => state is "delivered" or "opened" or "accepted";

    public static bool IsSendGrid(string name) => name is "processed" or "deferred" or "delivered" or "bounce" or "dropped" or "open" or "spamreport";

    public static bool IsTwilio(string name) => name is "queued" or "sent" or "delivered" or "undelivered" or "failed";
}
