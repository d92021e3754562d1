using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Finds the font a run is typed in: its own, else its paragraph style's, else the document default.</summary>
internal sealed class DocxFonts
{
    private const int MaxStyleDepth = 8;

    private readonly Styles? _styles;
    private readonly string? _documentDefault;
    private readonly Dictionary<string, string?> _styleFonts = [];

    public DocxFonts(MainDocumentPart main)
    {
        _styles = main.StyleDefinitionsPart?.Styles;
        _documentDefault = Name(_styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<RunFonts>());
        var normal = _styles?.Elements<Style>().FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
        _documentDefault = StyleFont(normal?.StyleId?.Value) ?? _documentDefault;
    }

    public string? ParagraphFont(Paragraph paragraph) =>
        StyleFont(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value) ?? _documentDefault;

    public static string? RunFont(Run run) => Name(run.RunProperties?.RunFonts);

    private string? StyleFont(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_styleFonts.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        string? font = null;
        var id = styleId;
        for (var depth = 0; font is null && id is not null && depth < MaxStyleDepth; depth++)
        {
            var style = _styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            font = Name(style?.StyleRunProperties?.RunFonts);
            id = style?.BasedOn?.Val?.Value;
        }

        _styleFonts[styleId] = font;
        return font;
    }

    private static string? Name(RunFonts? fonts) => fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;
}
