namespace LangSon.Notify.Core.Dispatch;

internal sealed record PlanRecipient(string EntryId, string Name, IReadOnlyList<PlanExcerpt> Excerpts);
