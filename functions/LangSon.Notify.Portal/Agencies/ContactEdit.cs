namespace LangSon.Notify.Portal.Agencies;

/// <summary>A recorded change of an entry's contacts: who, when, before and after (one address per line).</summary>
public sealed record ContactEdit(string FileName, string EntryId, string User, DateTimeOffset At, string EmailsBefore, string MobilesBefore, string EmailsAfter, string MobilesAfter);
