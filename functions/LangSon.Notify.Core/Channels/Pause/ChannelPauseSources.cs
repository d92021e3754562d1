namespace LangSon.Notify.Core.Channels.Pause;

internal static class ChannelPauseSources
{
    public const string Provider = "provider";
    public const string StartUp = "start-up";
}
