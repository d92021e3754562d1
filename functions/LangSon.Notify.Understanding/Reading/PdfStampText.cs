using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>
/// Text that signing software stamps into a one-line form field at signing time: the number beside "Số:" and the day
/// and month of the date line are often drawn only in a signature widget's appearance, never in the page's own text.
/// </summary>
internal static partial class PdfStampText
{
    // Stamps are one line high; signature pictures and larger widgets are not text.
    private const double MaxStampHeight = 30;
    private const int MaxFormDepth = 6;

    public static IEnumerable<PdfWord> Read(PdfDocument document, Page page)
    {
        var words = new List<PdfWord>();
        IEnumerable<UglyToad.PdfPig.Annotations.Annotation> annotations;
        try
        {
            annotations = page.GetAnnotations().ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return words;
        }

        foreach (var annotation in annotations)
        {
            var box = annotation.Rectangle;
            if (!annotation.HasNormalAppearance || box.Height > MaxStampHeight || box.Height <= 0)
            {
                continue;
            }

            try
            {
                if (Resolve(document, annotation.AnnotationDictionary.Data.GetValueOrDefault("AP")) is not DictionaryToken appearance
                    || Resolve(document, appearance.Data.GetValueOrDefault("N")) is not StreamToken normal)
                {
                    continue;
                }

                var state = new State();
                ReadForm(document, normal, state, depth: 0);
                var text = Spaces().Replace(state.Text.ToString(), " ").Trim();
                if (text.Length > 0)
                {
                    var size = state.Size > 1 ? state.Size : box.Height * 0.8;
                    var baseline = box.Bottom + Math.Min(box.Height / 2, Math.Max(0, (box.Height - size) / 2) + 1);
                    words.Add(new PdfWord(text, box.Left, box.Right, baseline, size));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A damaged stamp adds nothing; the page text stands without it.
            }
        }

        return words;
    }

    private static void ReadForm(PdfDocument document, StreamToken form, State state, int depth)
    {
        if (depth > MaxFormDepth)
        {
            return;
        }

        var resources = form.StreamDictionary.Data.TryGetValue("Resources", out var r) ? Resolve(document, r) as DictionaryToken : null;
        var content = Encoding.Latin1.GetString(form.Decode(DefaultFilterProvider.Instance).Span);
        var operands = new List<object>();
        Font? font = null;
        foreach (var token in Tokenise(content))
        {
            if (token is not Operator op)
            {
                operands.Add(token);
                continue;
            }

            switch (op.Name)
            {
                case "Tf" when operands.Count >= 2 && operands[^2] is Name fontName:
                    font = LoadFont(document, resources, fontName.Value);
                    if (operands[^1] is double size)
                    {
                        state.Size = size;
                    }

                    break;
                case "Tj" or "'" or "\"" when operands.Count >= 1 && operands[^1] is byte[] bytes:
                    state.Text.Append(Decode(bytes, font));
                    break;
                case "TJ" when operands.Count >= 1 && operands[^1] is List<object> parts:
                    foreach (var part in parts)
                    {
                        if (part is byte[] s)
                        {
                            state.Text.Append(Decode(s, font));
                        }
                        else if (part is double kerning && kerning < -200)
                        {
                            state.Text.Append(' ');
                        }
                    }

                    break;
                case "ET":
                    state.Text.Append(' ');
                    break;
                case "Do" when operands.Count >= 1 && operands[^1] is Name name:
                    var xobjects = resources is not null && resources.Data.TryGetValue("XObject", out var x) ? Resolve(document, x) as DictionaryToken : null;
                    if (xobjects is not null && xobjects.Data.TryGetValue(name.Value, out var target) && Resolve(document, target) is StreamToken child
                        && child.StreamDictionary.Data.TryGetValue("Subtype", out var subtype) && subtype is NameToken { Data: "Form" })
                    {
                        ReadForm(document, child, state, depth + 1);
                    }

                    break;
            }

            operands.Clear();
        }
    }

    private static Font? LoadFont(PdfDocument document, DictionaryToken? resources, string name)
    {
        if (resources is null || !resources.Data.TryGetValue("Font", out var fonts) || Resolve(document, fonts) is not DictionaryToken fontDictionary
            || !fontDictionary.Data.TryGetValue(name, out var reference) || Resolve(document, reference) is not DictionaryToken font)
        {
            return null;
        }

        var twoByte = font.Data.TryGetValue("Subtype", out var subtype) && subtype is NameToken { Data: "Type0" };
        var map = new Dictionary<int, string>();
        if (font.Data.TryGetValue("ToUnicode", out var toUnicode) && Resolve(document, toUnicode) is StreamToken cmap)
        {
            ParseToUnicode(Encoding.Latin1.GetString(cmap.Decode(DefaultFilterProvider.Instance).Span), map);
        }

        return new Font(twoByte, map);
    }

    private static string Decode(byte[] bytes, Font? font)
    {
        var text = new StringBuilder();
        var width = font?.TwoByte == true ? 2 : 1;
        for (var i = 0; i + width <= bytes.Length; i += width)
        {
            var code = width == 2 ? (bytes[i] << 8) | bytes[i + 1] : bytes[i];
            if (font is not null && font.Map.TryGetValue(code, out var mapped))
            {
                text.Append(mapped);
            }
            else if (width == 1)
            {
                text.Append((char)code);
            }
        }

        return text.ToString();
    }

    private static void ParseToUnicode(string cmap, Dictionary<int, string> map)
    {
        foreach (Match section in CharSection().Matches(cmap))
        {
            foreach (Match pair in HexPair().Matches(section.Groups[1].Value))
            {
                map[ParseCode(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match section in RangeSection().Matches(cmap))
        {
            foreach (Match range in RangeEntry().Matches(section.Groups[1].Value))
            {
                var low = ParseCode(range.Groups[1].Value);
                var high = Math.Min(ParseCode(range.Groups[2].Value), low + 0xFFFF);
                if (range.Groups[3].Success)
                {
                    var start = Utf16(range.Groups[3].Value);
                    if (start.Length == 0)
                    {
                        continue;
                    }

                    for (var code = low; code <= high; code++)
                    {
                        map[code] = start[..^1] + (char)(start[^1] + (code - low));
                    }
                }
                else
                {
                    var targets = HexString().Matches(range.Groups[4].Value);
                    for (var k = 0; k < targets.Count && low + k <= high; k++)
                    {
                        map[low + k] = Utf16(targets[k].Groups[1].Value);
                    }
                }
            }
        }
    }

    private static int ParseCode(string hex) => int.Parse(hex.Length > 8 ? hex[^8..] : hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 8; hops++)
        {
            token = document.Structure.GetObject(reference.Data).Data;
        }

        return token;
    }

    /// <summary>Just enough of the content stream syntax for a stamp: names, numbers, strings, arrays, operators.</summary>
    private static IEnumerable<object> Tokenise(string content)
    {
        var i = 0;
        var stack = new Stack<List<object>>();
        while (i < content.Length)
        {
            var c = content[i];
            object? token = null;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '%')
            {
                while (i < content.Length && content[i] is not ('\n' or '\r'))
                {
                    i++;
                }

                continue;
            }

            if (c == '/')
            {
                var start = ++i;
                while (i < content.Length && !IsDelimiter(content[i]))
                {
                    i++;
                }

                token = new Name(content[start..i]);
            }
            else if (c == '(')
            {
                token = LiteralString(content, ref i);
            }
            else if (c == '<' && i + 1 < content.Length && content[i + 1] == '<')
            {
                // Inline dictionaries (marked-content properties) carry no text.
                var close = content.IndexOf(">>", i, StringComparison.Ordinal);
                i = close < 0 ? content.Length : close + 2;
                continue;
            }
            else if (c == '<')
            {
                var close = content.IndexOf('>', i);
                var hex = new string(content[(i + 1)..(close < 0 ? content.Length : close)].Where(Uri.IsHexDigit).ToArray());
                i = close < 0 ? content.Length : close + 1;
                token = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
            }
            else if (c == '[')
            {
                stack.Push([]);
                i++;
                continue;
            }
            else if (c == ']')
            {
                i++;
                if (stack.Count == 0)
                {
                    continue;
                }

                token = stack.Pop();
            }
            else
            {
                var start = i;
                while (i < content.Length && !IsDelimiter(content[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    i++;
                    continue;
                }

                var word = content[start..i];
                token = double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : new Operator(word);
            }

            if (stack.Count > 0)
            {
                stack.Peek().Add(token);
            }
            else
            {
                yield return token;
            }
        }
    }

    private static byte[] LiteralString(string content, ref int i)
    {
        var bytes = new List<byte>();
        var depth = 0;
        i++;
        while (i < content.Length)
        {
            var c = content[i++];
            if (c == '\\' && i < content.Length)
            {
                var e = content[i++];
                switch (e)
                {
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'b': bytes.Add(8); break;
                    case 'f': bytes.Add(12); break;
                    case >= '0' and <= '7':
                        var value = e - '0';
                        for (var k = 0; k < 2 && i < content.Length && content[i] is >= '0' and <= '7'; k++)
                        {
                            value = (value * 8) + (content[i++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    case '\n' or '\r': break;
                    default: bytes.Add((byte)e); break;
                }

                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth-- == 0)
                {
                    break;
                }
            }

            bytes.Add((byte)c);
        }

        return bytes.ToArray();
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%';

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CharSection();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RangeSection();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RangeEntry();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HexString();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    private sealed record Name(string Value);

    private sealed record Operator(string Name);

    private sealed record Font(bool TwoByte, Dictionary<int, string> Map);

    private sealed class State
    {
        public StringBuilder Text { get; } = new();

        public double Size { get; set; }
    }
}
