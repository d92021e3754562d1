namespace LangSon.Notify.Core.Dispatch;

/// <summary>What a provider answered to a send whose row could not be updated.</summary>
internal sealed record UnsavedSend(string? ProviderMessageId, DateTimeOffset SentAt, int Attempt);
