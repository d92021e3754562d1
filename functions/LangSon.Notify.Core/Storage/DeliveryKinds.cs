namespace LangSon.Notify.Core.Storage;

/// <summary>The kinds of message a delivery row carries. Follow-ups get their own rows, so each is tracked and sent once.</summary>
public static class DeliveryKinds
{
    public const string Notice = "notice";

    /// <summary>A reminder before a task's due date.</summary>
    public const string Reminder = "reminder";

    /// <summary>An urgent notice not acknowledged in time.</summary>
    public const string Escalation = "escalation";

    /// <summary>The notice is withdrawn; goes to exactly the original recipients.</summary>
    public const string Recall = "recall";

    /// <summary>The notice sent again to one agency at an admin's request.</summary>
    public const string Resend = "resend";
}
