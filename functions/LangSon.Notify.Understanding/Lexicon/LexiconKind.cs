namespace LangSon.Notify.Understanding.Lexicon;

internal enum LexiconKind
{
    Body,
    Unit,
    Position,
    Head,
    Word,
    Place,
    DocumentType,
}
