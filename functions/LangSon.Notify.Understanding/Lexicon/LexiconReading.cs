namespace LangSon.Notify.Understanding.Lexicon;

/// <summary>What an abbreviation can stand for, and where it may: anywhere, only where an item starts, or only right after <see cref="AfterHead"/>.</summary>
internal sealed record LexiconReading(string Printed, string Expansion, LexiconEntry Entry, bool ItemStartOnly, string? AfterHead, bool IsUnit)
{
    /// <summary>Words this reading needs right after the abbreviation ("BCH" is Bộ Chỉ huy before "QS"); empty when it needs none.</summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    public string Evidence => $"lexicon {Entry.Block}: {Printed} = {Expansion}";
}
