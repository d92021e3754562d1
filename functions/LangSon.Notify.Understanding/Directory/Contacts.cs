namespace LangSon.Notify.Understanding.Directory;

/// <param name="Channels">Preferred channels in order: "email", "sms".</param>
public sealed record Contacts
{
    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Mobiles { get; init; } = [];

    public IReadOnlyList<string> Channels { get; init; } = ["email"];
}
