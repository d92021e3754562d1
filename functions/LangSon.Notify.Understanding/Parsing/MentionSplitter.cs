using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Lexicon;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Turns one Nơi nhận line into recipient mentions: splits lists, distributes shared prefixes
/// ("Các VP: TU, HĐND tỉnh") and suffixes ("Chủ tịch, các Phó Chủ tịch HĐND tỉnh"), expands abbreviations.
/// </summary>
internal static partial class MentionSplitter
{
    // Words that start a new recipient after a comma: the lexicon's heads, bodies and positions, and a few list words;
    // anything else continues the previous one ("Sở Văn hóa, Thể thao và Du lịch").
    private static readonly Lazy<string[]> Heads = new(() => Lexicon.AgencyLexicon.Default.Entries
        .Where(e => e.Kind is Lexicon.LexiconKind.Head or Lexicon.LexiconKind.Position or Lexicon.LexiconKind.Body && !e.Keep)
        .Select(e => e.Name.ToLowerInvariant())
        .Where(n => n != "sở, ban, ngành")
        .Concat(["các", "những", "như", "lưu", "phó", "tổng", "trưởng", "chánh", "ubnd", "hđnd", "tỉnh đoàn", "quân khu"])
        .Distinct(StringComparer.Ordinal)
        .ToArray());

    // Nouns that coordinate inside one group mention: "các sở, ban, ngành", "các huyện, thành phố".
    private static readonly string[] Coordinated =
    [
        "ban", "ngành", "các ngành", "thành phố", "thị xã", "phường", "thị trấn", "đơn vị", "các đơn vị", "huyện", "các huyện",
        "xã", "các xã", "đặc khu", "quận", "các cấp", "cấp", "đoàn thể", "các đoàn thể", "tổ chức", "doanh nghiệp", "địa phương", "ngành,",
    ];

    private static readonly string[] PositionWords =
    [
        "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Giám đốc", "Phó Giám đốc",
        "Thường trực", "Lãnh đạo", "Trưởng ban", "Phó Trưởng ban", "Chủ nhiệm", "Phó Chủ nhiệm", "Thủ trưởng",
    ];

    private static readonly string[] BodyTypes = ["Hội đồng nhân dân", "Ủy ban nhân dân", "Huyện ủy", "Thành ủy", "Đảng ủy"];

    [GeneratedRegex(@"\((?<p>[^()]*)\)\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"\s+(?<p>để\s+(?:biết|thực hiện|báo cáo|phối hợp)(?:\s+thực hiện)?)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingPurpose();

    [GeneratedRegex(@"^Như\s+(?:trên|Điều\s+(?<n>\d+))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^Như\s+thành\s+phần(?:\s+(?:mời|tham\s+dự|tham\s+gia|dự\s+họp))?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Participants();

    [GeneratedRegex(@"(?:có tên|nêu) tại Điều\s+(?<n>\d+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NamedInArticle();

    [GeneratedRegex(@"\s+và\s+(?=các\s|Các\s)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AndThe();

    [GeneratedRegex(@"\s+-\s+(?=(?:UBND|HĐND|Ủy ban|Sở|Các|các)\s+\p{L}+[\s,])", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MergedLines();

    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]*){1,4}$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PersonName();

    public static IEnumerable<RecipientMention> Split(int lineIndex, string line, string partyCommittee, string? issuer = null)
    {
        var text = line.Trim().TrimStart('-', '+', '•', '*', ' ').Trim().TrimEnd(';', '.', ',', ':').Trim();
        if (text.Length == 0 || MentionDoubt.IsAddressLine(text))
        {
            yield break;
        }

        var context = Context.Of(partyCommittee, issuer);
        var purpose = ExtractPurpose(ref text, out var person, out var formal);

        // "Đ/c Nguyễn Văn A - PCT UBND tỉnh": the person first, then the position.
        var leading = LeadingComrade().Match(text);
        if (leading.Success)
        {
            person = leading.Groups["n"].Value.Trim();
            formal = true;
            text = leading.Groups["rest"].Value.Trim();
        }

        // "Các đ/c Phó Chánh VP", "Đ/c Bí thư Tỉnh ủy": the honorific before a position or body is not part of its name.
        if (!leading.Success)
        {
            text = WithoutHonorific(text);
        }

        // "PCT UBND tỉnh Nguyễn Văn B": a person printed after the position without parentheses.
        var trailing = person is null ? TrailingPerson().Match(text) : Match.Empty;
        if (trailing.Success && !string.Equals(trailing.Groups["n"].Value, context.Place?.Name, StringComparison.Ordinal))
        {
            person = trailing.Groups["n"].Value;
            text = trailing.Groups["pos"].Value;
        }

        var reference = Reference().Match(text);
        if (reference.Success)
        {
            var article = reference.Groups["n"].Success ? int.Parse(reference.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var name = article is null ? "Như trên" : $"Như Điều {article}";
            yield return new RecipientMention(lineIndex, text, name, false, purpose, new MentionReference(article));
            yield break;
        }

        if (Participants().IsMatch(text))
        {
            yield return new RecipientMention(lineIndex, text, "Như thành phần mời", false, purpose, new MentionReference(null, Participants: true));
            yield break;
        }

        var named = NamedInArticle().Match(text);
        if (named.Success)
        {
            var article = int.Parse(named.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            yield return new RecipientMention(lineIndex, text, text, false, purpose, new MentionReference(article));
            yield break;
        }

        var items = SplitItems(text, context);
        for (var k = 0; k < items.Count; k++)
        {
            var (span, item, log) = items[k];

            // A bare position ("Bộ trưởng") in Nơi nhận means the issuing body's own.
            var mention = IsBarePosition(item) && issuer is not null ? item + " " + issuer : item;

            // A person in parentheses belongs to the position printed right before it.
            string? itemPerson = null;
            if (person is not null && k == items.Count - 1)
            {
                itemPerson = person;
                mention = formal ? $"{mention} (đồng chí {person})" : $"{mention} {person}";
            }

            var doubts = log.Doubts.Concat(MentionDoubt.Assess(item)).Distinct(StringComparer.Ordinal).ToList();
            yield return new RecipientMention(lineIndex, span, mention, IsGroup(mention), purpose, null, doubts,
                MentionDoubt.Confidence(doubts, log.Evidence), log.Evidence.ToList(), itemPerson);
        }
    }

    /// <summary>What the notice says about its issuer: the party committee "TU" stands for, the issuer, its level without the place, the place and its initials.</summary>
    private sealed record Context(string PartyCommittee, string? Issuer, string? IssuerLevel, (string Initials, string Name)? Place)
    {
        public static Context Of(string partyCommittee, string? issuer)
        {
            if (issuer is null)
            {
                return new Context(partyCommittee, null, null, null);
            }

            var m = IssuerPlace().Match(issuer);
            if (!m.Success)
            {
                return new Context(partyCommittee, issuer, issuer, null);
            }

            var place = m.Groups["place"].Value.Trim();
            var initials = string.Concat(place.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(Lexicon.AgencyLexicon.LetterKey).Where(k => k.Length > 0).Select(k => char.ToUpperInvariant(k[0])));
            return new Context(partyCommittee, issuer, m.Groups["level"].Value.Trim(), initials.Length >= 2 ? (initials, place) : null);
        }

        public bool IssuerIsMinistry => Issuer is not null && Lexicon.AgencyLexicon.Default.Find(Issuer) is { Level: "ministry" };

        public bool IssuerIsPeoplesCommittee => IssuerLevel?.StartsWith("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase) == true;
    }

    [GeneratedRegex(@"^(?<level>.*?\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))\s+(?<place>[\p{Lu}].*)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IssuerPlace();

    private static string Expand(string text, bool atItemStart, Context context, ExpansionLog log)
    {
        var expanded = Abbreviations.Expand(text, atItemStart, context.PartyCommittee, log, context.Place?.Initials);
        if (context.Place is { } place)
        {
            expanded = Regex.Replace(expanded, $@"(?<![\p{{L}}]){Regex.Escape(place.Initials)}(?![\p{{L}}])", place.Name, RegexOptions.None, RegexBudget.MatchTimeout);
        }

        return expanded;
    }

    private static string? ExtractPurpose(ref string text, out string? personName, out bool formal)
    {
        personName = null;
        formal = false;
        string? purpose = null;
        for (var guard = 0; guard < 3; guard++)
        {
            var paren = TrailingParenthesis().Match(text);
            if (paren.Success)
            {
                var inner = paren.Groups["p"].Value.Trim();
                var outer = text[..paren.Index].Trim().TrimEnd(';', ',').Trim();
                var mapped = MapPurpose(inner);
                var comrade = Comrade().Match(inner);
                if (mapped is not null)
                {
                    purpose ??= mapped;
                }
                else if (comrade.Success)
                {
                    personName = comrade.Groups["n"].Value.Trim();
                    formal = comrade.Groups["t"].Value.Length > 0 && char.ToLowerInvariant(comrade.Groups["t"].Value[0]) == 'đ';
                }
                else if (PersonName().IsMatch(inner))
                {
                    personName = inner;
                }
                else if (DeliveryNote().IsMatch(inner))
                {
                    // "(gửi qua hệ thống QLVB)", "(bản điện tử)": how it is sent, not who receives it.
                }
                else if (UnitHead().IsMatch(inner) && ParentHead().IsMatch(outer) && !outer.Contains(',', StringComparison.Ordinal))
                {
                    // "Bộ X (Cục Y)", "Bộ X (Vụ Y, Cục Z)": the units of the body before them.
                    text = string.Join("; ", inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u + " - " + outer));
                    break;
                }
                else if (inner.Any(char.IsLetter) && !inner.Any(char.IsDigit))
                {
                    break; // part of the name, e.g. "(Cục Bản đồ)"
                }

                text = outer;
                continue;
            }

            var bare = TrailingPurpose().Match(text);
            if (bare.Success)
            {
                purpose ??= MapPurpose(bare.Groups["p"].Value);
                text = text[..bare.Index].Trim().TrimEnd(',', ';').Trim();
                continue;
            }

            break;
        }

        return purpose;
    }

    [GeneratedRegex(@"^(?<t>[Đđ]/[Cc]|[Đđ]\.?[Cc]\.?|[Đđ]ồng chí|[Oo]ng|[Ôô]ng|[Bb]à)\s+(?<n>[\p{Lu}][\p{L}\s]{0,40})$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Comrade();

    [GeneratedRegex(@"^(?:[Đđ]/[Cc]|[Đđ]ồng chí)\s+(?<n>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4})\s*[-–,:]\s*(?<rest>\S.*)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingComrade();

    [GeneratedRegex(@"^(?<plural>[Cc]ác\s+)?(?:[Đđ]/[Cc]|[Đđ]\.[Cc]\.?|[Đđ]ồng\s+chí)\s+(?=\p{Lu})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Honorific();

    /// <summary>The text without an honorific before a position or body, keeping its plural: "Các đ/c Phó Chánh VP" → "Các Phó Chánh VP".</summary>
    internal static string WithoutHonorific(string text) =>
        Honorific().Match(text) is { Success: true } honorific
            ? (honorific.Groups["plural"].Success ? "Các " : string.Empty) + text[honorific.Length..]
            : text;

    // A position of a provincial body, then a name: a place after "tỉnh" is excluded by the caller.
    [GeneratedRegex(@"^(?<pos>(?:Phó\s+Chủ\s+tịch|Chủ\s+tịch|Phó\s+Bí\s+thư|Bí\s+thư|Giám\s+đốc|Phó\s+Giám\s+đốc|Chánh\s+Văn\s+phòng|Phó\s+Chánh\s+Văn\s+phòng|Trưởng\s+ban|Phó\s+Trưởng\s+ban|PCT|CT|PBT|GĐ|PGĐ|CVP|PCVP)\.?\s+\S.*?\btỉnh)\s+(?<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3})$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingPerson();

    [GeneratedRegex(@"^(?:gửi\s+)?(?:(?:qua|bằng|theo)\s+(?:hệ thống|mạng|thư|e-?mail|phần mềm|đường|bưu|trục)|(?:bản|văn bản)\s+(?:điện tử|giấy|mềm|scan)|e-?mail\b|VBĐT\b|QLVB\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DeliveryNote();

    [GeneratedRegex(@"^(?:Cục|Vụ|Phòng|Chi cục|Tổng cục|Trung tâm|Viện)\s+\S", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex UnitHead();

    [GeneratedRegex(@"^(?:Bộ|Tổng cục|Sở|Văn phòng|Ủy ban|UBND|Cục)\s+\S", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ParentHead();

    /// <summary>Maps the purpose notes of Nghị định 30/2020 to a stable word; null when the text is not a purpose.</summary>
    internal static string? MapPurpose(string note)
    {
        var folded = VietnameseText.Fold(note);
        return folded switch
        {
            "b/c" or "de b/c" or "bc" or "bao cao" or "de bao cao" => "báo cáo",
            "t/h" or "de t/h" or "th" or "thuc hien" or "de thuc hien" => "thực hiện",
            "p/h" or "de p/h" or "phoi hop" or "de phoi hop" => "phối hợp",
            "de phoi hop thuc hien" or "phoi hop thuc hien" => "phối hợp thực hiện",
            "de biet" or "biet" or "d/b" => "để biết",
            "de biet va thuc hien" or "de biet thuc hien" or "biet va thuc hien" => "thực hiện",
            "de chi dao" or "chi dao" => "chỉ đạo",
            "de theo doi" or "theo doi" or "de kiem tra" or "de giam sat" or "giam sat" => "theo dõi",
            _ when folded.StartsWith("de ", StringComparison.Ordinal) && folded.Length < 30 => note.Trim()[3..].Trim(),
            _ => null,
        };
    }

    private static List<(string Span, string Mention, ExpansionLog Log)> SplitItems(string text, Context context)
    {
        text = MergedLines().Replace(text, "; ");
        text = Abbreviations.RadioTelevision().Replace(text, "Phát thanh và Truyền hình");
        var results = new List<(string, string, ExpansionLog)>();
        foreach (var segment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            results.AddRange(SplitSegment(segment, context));
        }

        return results;
    }

    // Heads that a colon list distributes over its codes: "Các Vụ, Cục: A, B".
    private static readonly string[] ListHeads = ["Vụ", "Cục", "Tổng cục", "Phòng", "Sở", "Ban", "Trung tâm", "Chi cục", "VP", "Văn phòng", "Đài", "Báo"];

    private static readonly string[] UnitFamily = ["Vụ", "Cục", "Tổng cục"];

    [GeneratedRegex(@"\b(\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3})\s+\1\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RepeatedWords();

    [GeneratedRegex(@"^(?<pos>\S.*?)\s+(?:các|Các)\s+(?<head>Sở|Vụ|Cục|Ban|Phòng|Trung tâm|Chi cục|Tổng cục)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PositionOfHeads();

    [GeneratedRegex(@"^(?<body>\S.*?)\s+các\s+(?<level>huyện|xã|phường|thị xã|thành phố|quận|thị trấn|đặc khu)(?:\s*,\s*(?:huyện|xã|phường|thị xã|thành phố|quận|thị trấn|đặc khu))*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PlaceList();

    [GeneratedRegex(@"^(?:huyện|xã|phường|thị xã|thành phố|quận|thị trấn|TP\.?|TX\.?)\s", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"^(?:các|Các)\s+(?<head>.+)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Plural();

    [GeneratedRegex(@"\s*\((?<p>[^()]+)\)\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ParentInParentheses();

    // "PC. CST": a full stop between two codes separates them.
    [GeneratedRegex(@"(?<=[\p{Lu}\d])\.\s+(?=[\p{Lu}])", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex StopBetweenCodes();

    private static List<(string Span, string Mention, ExpansionLog Log)> SplitSegment(string segment, Context context)
    {
        // "Các VP: TU, HĐND tỉnh" or "TTg, các PTTg: Nguyễn Văn A" or "VPCP: BTCN, các PCN" or "Các Vụ, Cục: A, B".
        var colon = segment.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < segment.Length - 1)
        {
            return SplitColonList(segment[..colon], segment[(colon + 1)..], context);
        }

        var andParts = AndThe().Split(segment);
        var parts = new List<string>();
        foreach (var part in andParts)
        {
            parts.AddRange(SplitCommas(part, listContext: false));
        }

        // Expand first, then let bare items borrow the qualifier of the next full one.
        var logs = parts.Select(_ => new ExpansionLog()).ToList();
        var expanded = parts.Select((p, k) => Finish(p, context, logs[k])).ToList();
        for (var k = 0; k < expanded.Count; k++)
        {
            if (Borrowed(expanded[k], expanded.Skip(k + 1).ToList()) is { } borrowed)
            {
                expanded[k] = borrowed;
            }
        }

        SharePositionOverBodies(expanded);

        // "Cục X, Văn phòng Chính phủ": a unit followed by the ministry-level body it belongs to is one mention.
        for (var k = expanded.Count - 2; k >= 0; k--)
        {
            if (UnitHead().IsMatch(expanded[k]) && IsMinistryLevel(expanded[k + 1]))
            {
                expanded[k] = expanded[k] + " - " + expanded[k + 1];
                parts[k] = parts[k] + ", " + parts[k + 1];
                logs[k].Evidence.AddRange(logs[k + 1].Evidence);
                expanded.RemoveAt(k + 1);
                parts.RemoveAt(k + 1);
                logs.RemoveAt(k + 1);
            }
        }

        // "Ủy ban MTTQ và các đoàn thể tỉnh": the locality at the end is shared.
        if (andParts.Length > 1)
        {
            var locality = Regex.Match(expanded[^1], @"\s(tỉnh|thành phố|huyện)$", RegexOptions.None, RegexBudget.MatchTimeout);
            if (locality.Success)
            {
                for (var k = 0; k < expanded.Count - 1; k++)
                {
                    if (!Regex.IsMatch(expanded[k], @"\s(tỉnh|thành phố|huyện|xã|phường)$", RegexOptions.None, RegexBudget.MatchTimeout))
                    {
                        expanded[k] += " " + locality.Groups[1].Value;
                    }
                }
            }
        }

        // "…, các phòng, đơn vị trực thuộc VP": the office is the one named earlier in the line.
        var office = expanded.Select(e => Regex.Match(e, @"Văn phòng (?<q>(?:Ủy ban|Hội đồng|Tỉnh ủy|Thành ủy|Huyện ủy|Đoàn).*)$", RegexOptions.None, RegexBudget.MatchTimeout)).FirstOrDefault(m => m.Success);
        for (var k = 0; k < expanded.Count; k++)
        {
            if (office is not null && expanded[k].EndsWith(" Văn phòng", StringComparison.Ordinal))
            {
                expanded[k] += " " + office.Groups["q"].Value;
            }
        }

        OwnOfficeUnits(parts, expanded, logs, context);

        // In a ministry's notice a department named without a place is every province's ("Sở Tư pháp").
        for (var k = 0; k < expanded.Count; k++)
        {
            if (context.IssuerIsMinistry && Regex.IsMatch(expanded[k], @"^Sở\s+\S", RegexOptions.None, RegexBudget.MatchTimeout) && !Regex.IsMatch(expanded[k], @"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|Trung ương)\b", RegexOptions.None, RegexBudget.MatchTimeout))
            {
                expanded[k] += " " + AgencyLexicon.Default.Phrase("allProvinces");
                logs[k].Because("a ministry's Nơi nhận: a department without a place is each province's");
            }
        }

        // "LĐVP", "Chánh Văn phòng" with nothing after: the issuer's own office.
        for (var k = 0; k < expanded.Count; k++)
        {
            if (context.IssuerLevel is { } level && Regex.IsMatch(expanded[k], @"(?:^|\s)Văn phòng$", RegexOptions.None, RegexBudget.MatchTimeout) && !level.StartsWith("Văn phòng", StringComparison.Ordinal))
            {
                expanded[k] += " " + level;
            }
        }

        var result = new List<(string, string, ExpansionLog)>();
        for (var k = 0; k < parts.Count; k++)
        {
            result.Add((parts[k], expanded[k], logs[k]));
        }

        return result;
    }

    /// <summary>
    /// In a People's Committee's notice a division named without its owner ("Phòng THNC") is a division of the
    /// committee's own office, and codes listed after it ("Phòng A, B") are read as that office's units first.
    /// </summary>
    private static void OwnOfficeUnits(List<string> parts, List<string> expanded, List<ExpansionLog> logs, Context context)
    {
        if (!context.IssuerIsPeoplesCommittee)
        {
            return;
        }

        var office = "Văn phòng " + context.IssuerLevel;
        var inOfficeList = false;
        for (var k = 0; k < expanded.Count; k++)
        {
            var code = parts[k].Trim();
            if (inOfficeList && Abbreviations.LooksLikeCode(code) && !code.Contains(' ', StringComparison.Ordinal))
            {
                var units = Lexicon.AgencyLexicon.Default.Exact(code).Where(r => r.IsUnit && r.Entry.Parent == "Văn phòng Ủy ban nhân dân").Select(r => r.Entry.Name).Distinct().ToList();
                if (units.Count == 1)
                {
                    logs[k] = new ExpansionLog();
                    logs[k].Because($"lexicon: {code} = {units[0]}, a unit of the office listed with it");
                    expanded[k] = units[0] + " - " + office;
                    continue;
                }
            }

            // A district's or commune's own division ("Phòng Tài chính - Kế hoạch") is not the office's.
            if (Regex.IsMatch(expanded[k], @"^Phòng\s+\S", RegexOptions.None, RegexBudget.MatchTimeout) && !HasOwner(expanded[k])
                && Lexicon.AgencyLexicon.Default.Find(expanded[k]) is not { Parent: not "Văn phòng Ủy ban nhân dân" })
            {
                expanded[k] = expanded[k] + " - " + office;
                inOfficeList = true;
            }
        }
    }

    // Whose the division is, when printed after it ("Phòng Kinh tế UBND huyện X", "Phòng Y - Sở Z").
    private static bool HasOwner(string mention) =>
        Regex.IsMatch(mention, @"^Phòng\s.*\b(?:Văn phòng|Sở|Bộ|Ủy ban|Hội đồng|tỉnh|huyện|thành phố|thị xã|xã|phường|quận|Cục|Tổng cục|Chi cục|Trung tâm|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Công an|Bộ Chỉ huy)\b", RegexOptions.None, RegexBudget.MatchTimeout);

    private static bool IsMinistryLevel(string mention) =>
        Lexicon.AgencyLexicon.Default.Find(mention) is { Level: "ministry" }
        || Lexicon.AgencyLexicon.Default.Find(mention) is { Kind: Lexicon.LexiconKind.Unit, Head: "Tổng cục" };

    private static List<(string Span, string Mention, ExpansionLog Log)> SplitColonList(string headText, string listText, Context context)
    {
        var result = new List<(string, string, ExpansionLog)>();
        var before = SplitCommas(headText, listContext: false);

        // "(BTC)" closing the list names the body every item belongs to.
        string? parent = null;
        var parentLog = new ExpansionLog();
        var parentMatch = ParentInParentheses().Match(listText);
        if (parentMatch.Success && MinistryByCode(parentMatch.Groups["p"].Value.Trim()) is { } ministry)
        {
            parent = ministry.Name;
            parentLog.Because($"lexicon {ministry.Block}: {parentMatch.Groups["p"].Value.Trim()} = {ministry.Name}");
            listText = listText[..parentMatch.Index];
        }

        var items = SplitCommas(StopBetweenCodes().Replace(listText, ", "), listContext: true);

        // Every piece before the colon a bare head ("Các Vụ, Cục"): each code is a unit under whichever head the lexicon gives it.
        var pieces = headText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var heads = pieces.Select(b => Plural().Match(b) is { Success: true } m ? m.Groups["head"].Value.Trim() : b).ToList();
        var multiHead = pieces.Length > 1 && heads.All(h => ListHeads.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (!multiHead)
        {
            heads = before.Select(b => Plural().Match(b) is { Success: true } m ? m.Groups["head"].Value.Trim() : b.Trim()).ToList();
        }
        if (!multiHead)
        {
            foreach (var standalone in before.Take(before.Count - 1))
            {
                var log = new ExpansionLog();
                result.Add((standalone, Finish(standalone, context, log), log));
            }

            heads = [heads[^1]];
        }

        var prefix = before[^1];
        var plural = Plural().Match(prefix);

        // "Giám đốc các Sở: A, B": the position of each body the list names.
        var owned = PositionOfHeads().Match(prefix);
        string? positionPrefix = null;
        if (!multiHead && owned.Success)
        {
            heads = [owned.Groups["head"].Value];
            positionPrefix = owned.Groups["pos"].Value;
        }

        // "UBND các huyện: A, B" or "Chủ tịch UBND các xã: A, B": each item is a place of that level.
        var places = PlaceList().Match(prefix);
        if (!multiHead && places.Success)
        {
            var body = Expand(places.Groups["body"].Value, true, context, new ExpansionLog());
            var level = places.Groups["level"].Value;
            foreach (var item in items)
            {
                var log = new ExpansionLog();
                var named = LevelWord().IsMatch(item) ? item : level + " " + item;
                result.Add((item == items[0] ? headText.Trim() + ": " + item : item, Tidy(body + " " + named), log));
            }

            return result;
        }

        var listHead = multiHead || positionPrefix is not null || plural.Success && ListHeads.Contains(heads[0], StringComparer.OrdinalIgnoreCase);
        string? sharedHead = null;
        foreach (var item in items)
        {
            var log = new ExpansionLog();
            log.Evidence.AddRange(parentLog.Evidence);
            string combined;
            if (listHead)
            {
                // "Các Sở: Xây dựng", "Các Vụ: PC": the head reads the item ("Vụ PC" = Vụ Pháp chế).
                var head = HeadFor(item, heads);
                head = ListHeads.FirstOrDefault(h => string.Equals(h, head, StringComparison.OrdinalIgnoreCase)) ?? head; // "Các sở: TC" names "Sở Tài chính"
                combined = Expand(Regex.Replace(head, "^VP$", "Văn phòng", RegexOptions.None, RegexBudget.MatchTimeout) + " " + item, false, context, log);
                if (positionPrefix is not null)
                {
                    combined = Expand(positionPrefix, true, context, log) + " " + combined;
                }
            }
            else if (plural.Success)
            {
                combined = Expand(plural.Groups["head"].Value, false, context, log) + " " + Expand(item, true, context, log);
            }
            else
            {
                // "VP UBND tỉnh: CVP, các PCVP, phòng TH, KT": each item is a position or a unit of the head.
                var own = item;
                var itemHead = Regex.Match(item, @"^(?:các\s+|Các\s+)?(?<h>[Pp]hòng|Vụ|Cục|Ban|Trung tâm)\s+\S", RegexOptions.None, RegexBudget.MatchTimeout);
                if (itemHead.Success)
                {
                    sharedHead = itemHead.Groups["h"].Value;
                }
                else if (sharedHead is not null && Abbreviations.LooksLikeCode(item) && !item.Contains(' ', StringComparison.Ordinal))
                {
                    own = sharedHead + " " + item;
                }

                own = Regex.Replace(own, "^phòng ", "Phòng ", RegexOptions.None, RegexBudget.MatchTimeout);
                var expandedItem = Expand(own, true, context, log);
                var owner = Expand(prefix, false, context, log);
                combined = IsPositionPhrase(expandedItem) ? JoinPosition(expandedItem, owner) : expandedItem + " - " + owner;
            }

            if (parent is not null)
            {
                combined += " - " + parent;
            }

            result.Add((item == items[0] ? headText.Trim() + ": " + item : item, Tidy(combined), log));
        }

        return result;
    }

    /// <summary>The head under which the lexicon knows the code ("TCDN" is a Cục even in "Các Vụ: …"); the first head otherwise.</summary>
    private static string HeadFor(string item, List<string> heads)
    {
        var code = item.Trim();
        var lexicon = Lexicon.AgencyLexicon.Default;
        var readings = lexicon.Exact(code).Concat(lexicon.Folded(code)).Where(r => r.AfterHead is not null).ToList();
        var candidates = heads.Any(h => UnitFamily.Contains(h, StringComparer.OrdinalIgnoreCase)) ? heads.Concat(UnitFamily).ToList() : heads;
        foreach (var head in candidates)
        {
            if (readings.Any(r => string.Equals(r.AfterHead, head, StringComparison.OrdinalIgnoreCase)))
            {
                return head;
            }
        }

        return heads[0];
    }

    private static Lexicon.LexiconEntry? MinistryByCode(string code)
    {
        var lexicon = Lexicon.AgencyLexicon.Default;
        var ministries = lexicon.Exact(code).Concat(lexicon.Folded(code)).Select(r => r.Entry).Where(e => e.Level == "ministry").DistinctBy(e => e.Name).ToList();
        return ministries.Count == 1 ? ministries[0] : null;
    }

    private static bool IsPositionPhrase(string expanded)
    {
        var m = expanded.StartsWith("Các ", StringComparison.OrdinalIgnoreCase) ? expanded[4..] : expanded;
        return Lexicon.AgencyLexicon.Default.Entries.Any(e => e.Kind == Lexicon.LexiconKind.Position
            && (m.Equals(e.Name, StringComparison.OrdinalIgnoreCase) || m.StartsWith(e.Name + " ", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"Chánh Văn phòng" + "Văn phòng UBND tỉnh" → "Chánh Văn phòng UBND tỉnh": words the two share are written once.</summary>
    private static string JoinPosition(string position, string owner)
    {
        var pw = position.Split(' ');
        var ow = owner.Split(' ');
        for (var n = Math.Min(pw.Length, ow.Length); n >= 1; n--)
        {
            if (pw[^n..].SequenceEqual(ow[..n], StringComparer.OrdinalIgnoreCase))
            {
                return position + (ow.Length > n ? " " + string.Join(' ', ow[n..]) : "");
            }
        }

        return position + " " + owner;
    }

    /// <summary>
    /// A bare position or body type takes what the next item says about whose: "Chủ tịch, các Phó Chủ tịch HĐND tỉnh",
    /// "Chánh, PCVP UBND tỉnh" (the position is the deputy's without "Phó").
    /// </summary>
    private static string? Borrowed(string item, List<string> following)
    {
        var bare = item.StartsWith("Các ", StringComparison.Ordinal) ? item[4..] : item;
        if (!bare.Contains(' ', StringComparison.Ordinal) || IsBare(item))
        {
            foreach (var next in following)
            {
                var n = next.StartsWith("Các ", StringComparison.OrdinalIgnoreCase) ? next[4..] : next;
                if (n.StartsWith("Phó " + bare + " ", StringComparison.OrdinalIgnoreCase))
                {
                    return Tidy(item + " " + n[("Phó " + bare + " ").Length..]);
                }
            }
        }

        if (!IsBare(item))
        {
            return null;
        }

        var donor = following.FirstOrDefault(e => !IsBare(e));
        return donor is not null && Qualifier(donor) is { } qualifier ? Tidy(item + " " + qualifier) : null;
    }

    /// <summary>
    /// "Thường trực HĐND, UBND tỉnh": a position over a bare body type, then a body type with its place. The position
    /// goes to each body and the place to the first: Thường trực HĐND tỉnh and Thường trực UBND tỉnh.
    /// </summary>
    private static void SharePositionOverBodies(List<string> items)
    {
        for (var k = 0; k + 1 < items.Count; k++)
        {
            var position = PositionWords.FirstOrDefault(p => items[k].StartsWith(p + " ", StringComparison.Ordinal));
            var body = position is null ? null : items[k][(position.Length + 1)..];
            if (position is "Thường trực" or "Lãnh đạo" && body is "Tỉnh ủy" or "Thành ủy")
            {
                // "Thường trực Tỉnh ủy, HĐND, UBND tỉnh": the councils after the party committee share its position.
                for (var j = k + 1; j < items.Count && BodyTypes.Any(b => items[j].StartsWith(b, StringComparison.OrdinalIgnoreCase)); j++)
                {
                    items[j] = $"{position} {items[j]}";
                }

                continue;
            }

            if (position is null || !BodyTypes.Contains(body, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var next = k + 1;
            while (next < items.Count && BodyTypes.FirstOrDefault(b => items[next].StartsWith(b, StringComparison.OrdinalIgnoreCase)) is { } type
                && (items[next].Length == type.Length || items[next][type.Length] == ' '))
            {
                if (Qualifier(items[next]) is { } place)
                {
                    items[k] = $"{items[k]} {place}";
                    for (var j = k + 1; j <= next; j++)
                    {
                        items[j] = $"{position} {(BodyTypes.Contains(items[j], StringComparer.OrdinalIgnoreCase) ? items[j] + " " + place : items[j])}";
                    }

                    break;
                }

                next++;
            }
        }
    }

    private static string Finish(string item, Context context, ExpansionLog log) => Tidy(Expand(item, true, context, log));

    private static string Tidy(string text)
    {
        text = Regex.Replace(text, @"\s+", " ", RegexOptions.None, RegexBudget.MatchTimeout).Trim().TrimEnd(',', ';', '.').Trim();

        // An expansion that repeats the words printed next to it ("Trung tâm Trung tâm …", "Việt Nam Việt Nam").
        text = RepeatedWords().Replace(text, "$1");
        return text.Length > 0 && char.IsLower(text[0]) && text.StartsWith("các ", StringComparison.Ordinal) ? "C" + text[1..] : text;
    }

    /// <summary>Splits at commas that start a new recipient, keeping coordinated nouns together.</summary>
    internal static List<string> SplitCommas(string text, bool listContext)
    {
        var pieces = text.Split(',', StringSplitOptions.TrimEntries);
        var result = new List<string>();
        foreach (var piece in pieces)
        {
            if (piece.Length == 0)
            {
                continue;
            }

            if (result.Count == 0)
            {
                result.Add(piece);
                continue;
            }

            if (ContinuesPrevious(result[^1], piece, listContext))
            {
                result[^1] += ", " + piece;
            }
            else
            {
                result.Add(piece);
            }
        }

        return result.Count == 0 ? [text.Trim()] : result;
    }

    private static bool ContinuesPrevious(string previous, string piece, bool listContext)
    {
        var lower = piece.ToLowerInvariant();
        // In a colon list "phường Bắc Giả" is an item of its own; elsewhere "các huyện, thành phố" is one group.
        if (Coordinated.Any(c => lower == c || !listContext && lower.StartsWith(c + " ", StringComparison.Ordinal)) && char.IsLower(piece[0]))
        {
            return true;
        }

        if (listContext)
        {
            return false;
        }

        // "Các Bộ, cơ quan ngang Bộ", "Các Vụ, Cục, đơn vị thuộc Bộ": a plural head alone coordinates what follows.
        if (BarePlural().IsMatch(previous)
            || previous.StartsWith("các ", StringComparison.OrdinalIgnoreCase) && char.IsLower(piece[0]) && !lower.StartsWith("các ", StringComparison.Ordinal))
        {
            return true;
        }

        var first = piece.Split(' ')[0];
        if (first.Length > 0 && (Abbreviations.IsKnown(first) || IsAbbreviation(first)))
        {
            // A run of codes nothing explains ("xúc tiến ĐT, TM và DL") abbreviates one name word by word.
            var last = previous.Split(' ')[^1];
            // "Phòng A, B" is two divisions, not one name.
            return !IsKnownCode(first) && IsAbbreviation(last) && !IsKnownCode(last) && !UnitWithCode().IsMatch(previous);
        }

        return !Heads.Value.Any(h => lower.StartsWith(h + " ", StringComparison.Ordinal) || lower == h) && !PersonName().IsMatch(piece);
    }

    [GeneratedRegex(@"^(?:các|Các)\s+(?:Bộ|Sở|Vụ|Cục|Ban|Phòng|Tổng cục|Chi cục|Trung tâm|cơ quan|đơn vị)(?:,\s*(?:Bộ|Sở|Vụ|Cục|Ban|Phòng|Tổng cục|Chi cục|Trung tâm|cơ quan|đơn vị))*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BarePlural();

    [GeneratedRegex(@"^(?:Phòng|Vụ|Cục|Ban|Tổ)\s+\S+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex UnitWithCode();

    private static bool IsKnownCode(string token) =>
        token == "TU" || Lexicon.AgencyLexicon.Default.Exact(token).Count > 0 || Lexicon.AgencyLexicon.Default.Folded(token).Count > 0;

    private static bool IsAbbreviation(string token) =>
        token.Length >= 2 && token.Count(char.IsUpper) >= 2 && token.All(c => char.IsLetter(c) || c is '&' or '-' or '.');

    /// <summary>A position or body type with nothing saying whose: "Chủ tịch", "HĐND" (expanded).</summary>
    private static bool IsBare(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        return PositionWords.Any(p => string.Equals(m, p, StringComparison.OrdinalIgnoreCase))
            || BodyTypes.Any(b => string.Equals(m, b, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBarePosition(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        return PositionWords.Any(p => string.Equals(m, p, StringComparison.OrdinalIgnoreCase)) || m is "Bộ trưởng" or "Thứ trưởng";
    }

    /// <summary>What follows the position or body type: "các Phó Chủ tịch Hội đồng nhân dân tỉnh" → "Hội đồng nhân dân tỉnh".</summary>
    private static string? Qualifier(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        foreach (var head in PositionWords.Concat(BodyTypes).OrderByDescending(p => p.Length))
        {
            if (m.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase))
            {
                return m[(head.Length + 1)..];
            }
        }

        return null;
    }

    private static bool IsGroup(string mention)
    {
        var lower = mention.ToLowerInvariant();
        return lower.StartsWith("các ", StringComparison.Ordinal) || lower.Contains(" các ", StringComparison.Ordinal)
            || lower.StartsWith("lãnh đạo", StringComparison.Ordinal) || lower.StartsWith("phó ", StringComparison.Ordinal)
            || lower.StartsWith("những ", StringComparison.Ordinal) || lower.Contains("sở, ban, ngành", StringComparison.Ordinal);
    }
}
