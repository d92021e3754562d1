namespace LangSon.Notify.Core.Dispatch;

/// <param name="Mobiles">The directory's mobile numbers for the agency, contact first, then its head; used by escalation.</param>
public sealed record PlanRecipient(string EntryId, string Name, IReadOnlyList<PlanExcerpt> Excerpts, IReadOnlyList<string>? Mobiles = null);
