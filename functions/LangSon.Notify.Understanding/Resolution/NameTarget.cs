using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>What a name denotes: one entry or a group.</summary>
internal sealed record NameTarget(DirectoryEntry? Entry, DirectoryGroup? Group)
{
    public string Id => Entry?.Id ?? Group!.Id;

    public string Name => Entry?.Name ?? Group!.Name;
}
