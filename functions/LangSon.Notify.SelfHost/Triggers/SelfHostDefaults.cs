namespace LangSon.Notify.SelfHost.Triggers;

internal static class SelfHostDefaults
{
    /// <summary>Above the handler's own attempt limit, so the handler fails a delivery with its real reason first; the poison queue catches handler crashes.</summary>
    public const int MaxDequeueCount = 20;
}
