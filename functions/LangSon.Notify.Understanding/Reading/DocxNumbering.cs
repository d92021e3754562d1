using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>
/// Word draws list labels ("1.", "a)", "(2)", "-") from numbering definitions, not from the text; tasks are found by
/// those labels, so they are rendered back in front of each numbered paragraph.
/// </summary>
internal sealed class DocxNumbering
{
    private const int MaxStyleDepth = 8;

    private readonly Numbering? _numbering;
    private readonly Styles? _styles;
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        _numbering = main.NumberingDefinitionsPart?.Numbering;
        _styles = main.StyleDefinitionsPart?.Styles;
    }

    /// <summary>The label Word shows before the paragraph, or null when it is not in a list.</summary>
    public string? Label(Paragraph paragraph)
    {
        if (_numbering is null)
        {
            return null;
        }

        var (numberId, levelIndex) = NumberingOf(paragraph);
        if (numberId is null or 0)
        {
            return null;
        }

        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (instance is null || definition is null)
        {
            return null;
        }

        var levels = definition.Elements<Level>().ToList();
        var level = levels.FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
        if (level is null)
        {
            return null;
        }

        var counters = Counters(numberId.Value);
        var current = Math.Clamp(levelIndex, 0, counters.Length - 1);
        counters[current] = (counters[current] ?? (StartOf(instance, levels, current) - 1)) + 1;
        for (var deeper = current + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = null;
        }

        var format = level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var text = level.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
        {
            return Bullet(text);
        }

        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var referenced = text[i + 1] - '1';
                if (referenced >= 0 && referenced < counters.Length)
                {
                    var referencedLevel = levels.FirstOrDefault(l => l.LevelIndex?.Value == referenced);
                    var value = counters[referenced] ?? StartOf(instance, levels, referenced);
                    label.Append(Format(value, referencedLevel?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal));
                }

                i++;
                continue;
            }

            label.Append(text[i]);
        }

        return label.ToString().Trim();
    }

    private (int? NumberId, int Level) NumberingOf(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numberId = direct?.NumberingId?.Val?.Value;
        int? level = direct?.NumberingLevelReference?.Val?.Value;

        // A list style ("List Number", a heading style) can carry the numbering instead of the paragraph.
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; numberId is null && styleId is not null && depth < MaxStyleDepth; depth++)
        {
            var style = _styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var fromStyle = style?.StyleParagraphProperties?.NumberingProperties;
            numberId = fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            styleId = style?.BasedOn?.Val?.Value;
        }

        return (numberId, level ?? 0);
    }

    private int?[] Counters(int numberId)
    {
        if (!_counters.TryGetValue(numberId, out var counters))
        {
            counters = new int?[9];
            _counters[numberId] = counters;
        }

        return counters;
    }

    private static int StartOf(NumberingInstance instance, List<Level> levels, int levelIndex)
    {
        var startOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == levelIndex)?.StartOverrideNumberingValue?.Val?.Value;
        return startOverride ?? levels.FirstOrDefault(l => l.LevelIndex?.Value == levelIndex)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = (char)('a' + ((Math.Max(value, 1) - 1) % 26));
            var repeated = new string(letter, ((Math.Max(value, 1) - 1) / 26) + 1);
            return format == NumberFormatValues.UpperLetter ? repeated.ToUpperInvariant() : repeated;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        return format == NumberFormatValues.None ? string.Empty : value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }

        return text.ToString();
    }

    /// <summary>Dashes and plus signs are kept as typed; symbol-font glyphs (Wingdings and the like) read as a dash.</summary>
    private static string Bullet(string text)
    {
        var trimmed = text.Trim();
        return trimmed is "-" or "–" or "—" or "+" or "•" or "*" or "·" ? trimmed : "-";
    }
}
