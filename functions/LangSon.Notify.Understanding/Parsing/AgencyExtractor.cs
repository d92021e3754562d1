using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Finds the agencies a task names and their role: "Sở X chủ trì, phối hợp với các sở, ngành", "Đơn vị phối hợp: A, B".</summary>
internal static partial class AgencyExtractor
{
    private const int LongMentionWords = 14;

    private static readonly string[] CapitalHeads =
    [
        "Bộ Chỉ huy", "Bộ đội", "Sở", "Bộ", "Tổng cục", "Tổng Cục", "Cục", "Chi cục", "Vụ", "Văn phòng", "Ủy ban", "UBND", "HĐND",
        "Hội đồng", "Thanh tra", "Công an", "Kho bạc", "Ngân hàng", "Đài", "Báo", "Trung tâm", "Hội", "Liên đoàn", "Tỉnh ủy",
        "Huyện ủy", "Thành ủy", "Đảng ủy", "Tòa án", "Viện", "Phòng", "Công ty", "Kiểm toán", "Mặt trận", "Ban", "Chánh Văn phòng",
        "Ngành", "Thuế", "Tỉnh đoàn", "Bảo hiểm", "Cổng", "Học viện", "Trường", "Quân khu", "MTTQ", "UBMTTQ", "Thường trực",
        "Giám đốc", "Chủ tịch", "Trưởng Ban", "Trưởng ban", "Chỉ huy trưởng", "Thủ trưởng", "Cục trưởng", "Vụ trưởng", "Chánh Thanh tra",
        "Công ty cổ phần", "Công ty Cổ phần", "Công ty TNHH", "Nhà đầu tư", "Nhà Đầu tư", "Tổ Công tác", "Tổ công tác",
    ];

    private static readonly string[][] HeadWords = CapitalHeads.OrderByDescending(h => h.Length).Select(h => h.Split(' ')).ToArray();

    private static readonly string[] GroupNouns =
    [
        "sở", "ban", "ngành", "cấp", "huyện", "xã", "phường", "thị trấn", "cơ quan", "đơn vị", "địa phương", "đoàn thể", "Bộ",
        "bộ", "tổ chức", "tỉnh", "thành phố", "Huyện ủy", "phòng", "Sở", "quận", "thị xã", "cá nhân", "doanh nghiệp", "Vụ", "Cục",
        "đặc khu", "thành viên",
    ];

    // After a position, "các cơ sở" are addressed bodies ("Thủ trưởng các cơ sở khám bệnh"); alone they are often places.
    private static readonly string[] HeadedGroupNouns = [.. GroupNouns, "cơ sở"];

    // Positions that head every member of a group: "Vụ trưởng các Vụ thuộc Bộ", "Thủ trưởng các đơn vị trực thuộc".
    private static readonly HashSet<string> PositionHeads = new(StringComparer.Ordinal)
    {
        "Giám đốc", "Chủ tịch", "Thủ trưởng", "Cục trưởng", "Vụ trưởng", "Trưởng Ban", "Trưởng ban", "Chỉ huy trưởng",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "chủ", "phối", "có", "nhưng", "không", "điều", "ưu", "xử", "thu", "quản", "khắc", "sử", "bàn", "chịu", "thực", "tổ", "chỉ", "hướng", "tham", "theo", "khẩn", "tập", "căn", "triển", "báo",
        "đề", "rà", "bố", "nghiên", "chuẩn", "giải", "phát", "chụp", "cử", "bổ", "tiếp", "phải", "cần", "sẽ", "đã", "đang",
        "được", "là", "làm", "trực", "tăng", "đẩy", "kiểm", "giám", "đôn", "thẩm", "lập", "trình", "gửi", "cung",
        "hỗ", "nâng", "đảm", "bảo", "thông", "yêu", "giao", "trong", "về", "để", "nhằm", "với", "cho", "tại", "của", "từ", "đến",
        "trên", "khi", "nếu", "thì", "mà", "do", "bằng", "qua", "sau", "trước", "vào", "này", "đó", "những", "mọi", "hoàn",
        "xác", "đánh", "tổng", "xem", "quyết", "phê", "tuyên", "vận", "sớm", "ngay", "kịp", "nghiêm", "thường", "cùng", "chủ",
        "năm", "ngày", "tháng", "số", "xây", "hiện", "hoặc", "hay", "đồng", "vừa", "còn", "như", "việc", "các", "và",
        "tất", "toàn", "mỗi", "thi", "phục", "giúp", "chấp", "ký", "trả", "tiến", "nhận", "nộp", "đối", "kể", "chuyển", "cải", "khảo", "đo", "kết",
    };

    // Nouns whose second syllable alone starts a verb elsewhere ("thông báo"): "các doanh nghiệp viễn thông".
    private static readonly HashSet<string> NounCompounds = new(StringComparer.Ordinal)
    {
        "viễn thông", "phổ thông", "truyền thông", "giao thông", "lưu thông",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "chủ", "phối", "có", "được", "phải", "cần", "sẽ", "đã", "đang", "là", "theo", "với", "cho", "của", "tại", "trong", "về", "để",
        "và", "thực", "chịu", "tham", "báo", "khẩn", "tiếp", "tổ", "chỉ",
    };

    // Heads that name a body on their own ("Nhà đầu tư", "Tổ Công tác"), unlike "Tổng cục" alone, which refers back.
    private static readonly HashSet<string> StandaloneHeads = new(StringComparer.OrdinalIgnoreCase) { "Nhà đầu tư", "Tổ Công tác" };

    // Administrative levels that close a body's name ("UBND tỉnh", "Chủ tịch UBND xã"); "thị" and "khu" open longer words.
    private static readonly HashSet<string> PlaceLevels = new(StringComparer.Ordinal) { "tỉnh", "huyện", "xã", "phường", "trấn", "quận", "phố" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "tỉnh", "huyện", "xã", "phường", "trấn", "quận", "phố", "thị", "khu",
    };

    // "Đơn vị chủ trì: …", "Cơ quan phối hợp: …", or at the start of a line "Chủ trì: …", "Phối hợp thực hiện: …".
    [GeneratedRegex(@"(?:(?:Đơn vị|Cơ quan|đơn vị|cơ quan)\s+|(?<=^|\n)(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?)(?<role>chủ trì|phối hợp|thực hiện|Chủ trì|Phối hợp)(?:\s+thực hiện)?\s*:\s*(?<list>[^\n;]+?)(?=\s+\S{0,3}\s*[a-zđA-Z]\)\s|[\n;]|$)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RoleLine();

    [GeneratedRegex(@"[;\n]|\.(?=\s|$)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}&/\-]+|[,():;]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Tokens();

    /// <summary>Whether the text assigns roles in the "Đơn vị chủ trì: …" form, which then says everything.</summary>
    public static bool HasRoleLines(string text) => RoleLine().IsMatch(text);

    public static List<TaskAgency> Extract(string text, string partyCommittee)
    {
        var result = new List<TaskAgency>();
        var roleLines = RoleLine().Matches(text);
        if (roleLines.Count > 0)
        {
            foreach (Match m in roleLines)
            {
                var role = m.Groups["role"].Value.ToLowerInvariant() switch
                {
                    "chủ trì" => AgencyRole.Lead,
                    "phối hợp" => AgencyRole.Coordinator,
                    _ => AgencyRole.Executor,
                };
                var list = m.Groups["list"].Value.Trim().TrimEnd('.', ';');
                foreach (var item in SplitList(list))
                {
                    Add(result, item, role, partyCommittee);
                }
            }

            return result;
        }

        foreach (var sentence in SentenceBreak().Split(JoinBrokenLines(text)))
        {
            ExtractFromSentence(sentence.Trim(), result, partyCommittee);
        }

        return result;
    }

    /// <summary>
    /// Whether the text is nothing but agencies' names ("Báo và Phát thanh, Truyền hình tỉnh", "Các sở, ban, ngành; UBND
    /// các xã, phường"): printed alone as an item, it heads what those agencies are asked, as "Sở Nội vụ:" does.
    /// </summary>
    public static bool IsNamesOnly(string text)
    {
        var tokens = Tokens().Matches(text.Trim().TrimEnd('.', ':')).Select(m => m.Value).ToList();
        if (tokens.Count is 0 or > 24)
        {
            return false;
        }

        var names = 0;
        for (var k = ResponsibilityLength(tokens); k < tokens.Count;)
        {
            if (tokens[k] is "," or ";" or "và")
            {
                k++;
                continue;
            }

            var length = MatchStart(tokens, k);
            if (length == 0)
            {
                return false;
            }

            k = Extend(tokens, k, length);
            names++;
        }

        return names > 0;
    }

    /// <summary>The agencies a table cell lists ("Sở Tư pháp; UBND các xã, phường", "- Cục A; - Cục B"), all with the column's role.</summary>
    public static List<TaskAgency> FromCell(string cell, AgencyRole role, string partyCommittee)
    {
        var result = new List<TaskAgency>();
        foreach (var part in cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = part.TrimStart('-', '+', '•', ' ').Trim();
            if (text.Length == 0 || !char.IsUpper(text[0]) || CellProse().IsMatch(text))
            {
                continue; // "Theo phân công tại Quyết định …": prose, not a list of bodies
            }

            foreach (var item in SplitList(text))
            {
                var tokens = Tokens().Matches(item).Select(m => m.Value).ToList();
                if (tokens.Count is > 0 and <= 16)
                {
                    Add(result, item, role, partyCommittee);
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?:Theo|Căn cứ|Trước|Trong|Thường|Định kỳ|Hằng|Hàng|Tháng|Quý|Năm|Từ|Đến|Các cấp có thẩm quyền theo)\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CellProse();

    // A line break with no sentence end before it and no label after it is a name or sentence broken across lines
    // ("Giám đốc các Sở: Nội vụ, Khoa học và" / "Công nghệ").
    [GeneratedRegex(@"(?:(?<=\s(?:và|của|các|với)|,)\n|(?<![.;:!?])\n(?=\p{Ll}))(?!\s*(?:[-+•]|\(?\d{1,2}[.)]|[a-zđ]\)|Điều\s))", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BrokenLine();

    private static string JoinBrokenLines(string text) => BrokenLine().Replace(text, " ");

    private static IEnumerable<string> SplitList(string list)
    {
        var parts = Regex.Split(list, @"\s+và\s+(?=các\s|Các\s)", RegexOptions.None, RegexBudget.MatchTimeout);
        foreach (var part in parts)
        {
            foreach (var piece in MentionSplitter.SplitCommas(part, listContext: false))
            {
                yield return piece;
            }
        }
    }

    // "Giám đốc các Sở: Nội vụ, Tài chính, Khoa học và Công nghệ": one head shared by the names listed after it.
    [GeneratedRegex(@"(?:(?:Giám đốc|Thủ trưởng|Lãnh đạo|Trưởng)\s+)?[Cc]ác\s+(?<head>Sở|Bộ|Ban|Cục|Vụ|sở|bộ|ban)\s*:\s*(?<list>[^;:.]+)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SharedHead();

    [GeneratedRegex(@"(?:chịu|có) trách nhiệm|thi hành", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ResponsibleAfter();

    private static readonly string[] ListEnders = ["Giám đốc", "Chủ tịch", "Thủ trưởng", "Cục trưởng", "Vụ trưởng", "Chánh", "Trưởng", "Người", "Các", "các", "UBND", "HĐND", "Ủy ban", "Công an", "Bộ", "Sở", "Cục", "Ban", "Thủ", "Tổng"];

    private static string DistributeSharedHeads(string sentence, List<TaskAgency> result, string partyCommittee)
    {
        var m = SharedHead().Match(sentence);
        if (!m.Success)
        {
            return sentence;
        }

        var head = char.ToUpperInvariant(m.Groups["head"].Value[0]) + m.Groups["head"].Value[1..];
        var role = m.Index < 3 || ResponsibleAfter().IsMatch(sentence[m.Index..]) ? AgencyRole.Executor : AgencyRole.Mentioned;
        var list = m.Groups["list"];
        var pieces = list.Value.Split(',');
        var consumed = 0;
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p].Trim();
            if (piece == "Văn hóa" && p + 1 < pieces.Length && pieces[p + 1].TrimStart().StartsWith("Thể thao", StringComparison.Ordinal))
            {
                consumed += pieces[p].Length + 1;
                pieces[p + 1] = "Văn hóa," + pieces[p + 1];
                continue;
            }

            if (piece.Length == 0 || !char.IsUpper(piece[0]) || ListEnders.Any(e => piece.StartsWith(e + " ", StringComparison.Ordinal)))
            {
                break;
            }

            // The last name ends where the sentence goes on: "… và Công nghệ chịu trách nhiệm", "… Xây dựng và Chủ tịch UBND …".
            var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = new List<string>();
            var ended = false;
            for (var w = 0; w < words.Length; w++)
            {
                if (char.IsLower(words[w][0]) && words[w] != "và" && Stops.Contains(words[w])
                    || words[w] == "và" && w + 1 < words.Length && ListEnders.Any(e => string.Join(' ', words.Skip(w + 1)).StartsWith(e + " ", StringComparison.Ordinal)))
                {
                    ended = true;
                    break;
                }

                kept.Add(words[w]);
            }

            if (kept.Count > 0)
            {
                Add(result, head + " " + string.Join(' ', kept), role, partyCommittee);
            }

            if (ended)
            {
                break;
            }

            consumed += pieces[p].Length + 1;
        }

        var end = Math.Min(sentence.Length, list.Index + consumed);
        return sentence[..m.Index] + new string(' ', end - m.Index) + sentence[end..];
    }

    private static void ExtractFromSentence(string sentence, List<TaskAgency> result, string partyCommittee)
    {
        if (sentence.Length == 0)
        {
            return;
        }

        sentence = DistributeSharedHeads(sentence, result, partyCommittee);

        var tokens = Tokens().Matches(sentence).Select(m => m.Value).ToList();
        var k = 0;
        var previousEnd = -1;
        var previousRole = AgencyRole.Mentioned;
        while (k < tokens.Count)
        {
            var length = MatchStart(tokens, k);
            if (length == 0)
            {
                k++;
                continue;
            }

            var end = Extend(tokens, k, length);
            var phrase = Join(tokens, k, end);
            if (!IsExcludedByContext(tokens, k) && IsAssignedPosition(tokens, k, end))
            {
                var role = RoleFromContext(tokens, k, end);
                // "phối hợp với Sở A, Sở B": a list shares the role of its first member.
                if (role == AgencyRole.Mentioned && previousEnd == k - 1 && tokens[previousEnd] is "," or "và")
                {
                    role = previousRole is AgencyRole.Coordinator or AgencyRole.Executor ? previousRole : role;
                }

                Add(result, phrase, role, partyCommittee);
                end = AddSharedLevel(tokens, k, end, role, result, partyCommittee);
                previousEnd = end;
                previousRole = role;
            }

            k = end;
        }
    }

    /// <summary>"UBND xã Chi Lăng và xã Quan Sơn": the body before the place level is shared by the next place of that level.</summary>
    private static int AddSharedLevel(List<string> tokens, int start, int end, AgencyRole role, List<TaskAgency> result, string partyCommittee)
    {
        var level = -1;
        for (var j = start + 1; j < end; j++)
        {
            if (PlaceLevels.Contains(tokens[j]) && tokens[j] != "tỉnh")
            {
                level = j;
            }
        }

        while (level > start && end + 2 < tokens.Count && tokens[end] is "và" or "," && tokens[end + 1] == tokens[level] && char.IsUpper(tokens[end + 2][0]))
        {
            var nameEnd = end + 2;
            while (nameEnd < tokens.Count && char.IsUpper(tokens[nameEnd][0]) && !HeadAt(tokens, nameEnd))
            {
                nameEnd++;
            }

            Add(result, Join(tokens, start, level) + " " + Join(tokens, end + 1, nameEnd), role, partyCommittee);
            end = nameEnd;
        }

        return end;
    }

    /// <summary>How many tokens of a head start at <paramref name="k"/>; 0 when none.</summary>
    private static int MatchStart(List<string> tokens, int k)
    {
        var first = tokens[k];

        // "cấp ủy, chính quyền các cấp", "chính quyền các cấp": the party committees and governments at every level.
        if (first is "Cấp" or "cấp" && k + 6 < tokens.Count && tokens[k + 1] == "ủy" && tokens[k + 2] == "," && GovernmentsAt(tokens, k + 3))
        {
            return 7;
        }

        if (GovernmentsAt(tokens, k))
        {
            return 4;
        }
        if (first is "các" or "Các")
        {
            if (k + 1 < tokens.Count && GroupNouns.Any(g => StartsWithWords(tokens, k + 1, g)))
            {
                return 1 + GroupNouns.Where(g => StartsWithWords(tokens, k + 1, g)).Max(g => g.Split(' ').Length);
            }

            return 0;
        }

        foreach (var headWords in HeadWords)
        {
            if (StartsWithWords(tokens, k, headWords))
            {
                var head = string.Join(' ', headWords);
                var words = headWords.Length;
                // "Bộ" or "Ban" alone must be followed by a capitalised name ("Bộ Nông nghiệp", "Ban Dân tộc").
                if (k + words >= tokens.Count)
                {
                    return 0;
                }

                var next = tokens[k + words];
                if (head == "Bộ" && next is "TTHC" or "Chỉ" or "Tiêu")
                {
                    return 0; // "Bộ TTHC", "Bộ Chỉ số": a set of procedures or indicators, not a ministry
                }

                if (PositionHeads.Contains(head) && next == "các" && HeadedGroupNouns.Any(g => StartsWithWords(tokens, k + words + 1, g)))
                {
                    return words;
                }

                // "Báo và Phát thanh, Truyền hình": a known body whose name goes on in lower case after its head.
                if (next == "và" && BodiesWithLowerSecondWord.Value.Any(name => StartsWithTokens(tokens, k, name, StringComparison.OrdinalIgnoreCase)))
                {
                    return words;
                }

                var lowerNameAllowed = head is "UBND" or "HĐND" or "Thuế" or "Ngành" or "Cục" or "Tổng cục" or "Tổng Cục" or "Chi cục" or "Sở" or "Vụ"
                    or "Công ty cổ phần" or "Công ty Cổ phần" or "Công ty TNHH" or "Nhà đầu tư" or "Nhà Đầu tư" or "Tổ Công tác" or "Tổ công tác";
                // "Kiểm toán khu vực VII", "Kho bạc Nhà nước khu vực VI": a regional body.
                var regional = next == "khu" && k + words + 2 < tokens.Count && tokens[k + words + 1] == "vực" && char.IsUpper(tokens[k + words + 2][0]);
                if (!lowerNameAllowed && !regional && !(char.IsUpper(next[0]) || next is "tỉnh" or "huyện" or "xã" or "thành" or "nhân" or "Nhà"))
                {
                    return 0;
                }

                return words;
            }
        }

        return 0;
    }

    private static bool StartsWithTokens(List<string> tokens, int k, string[] name, StringComparison comparison = StringComparison.Ordinal) =>
        k + name.Length <= tokens.Count && name.Select((t, i) => string.Equals(tokens[k + i], t, comparison)).All(same => same);

    // Known names of three words or more, whose lower-case words may also be verbs ("… đầu tư xây dựng").
    private static readonly Lazy<string[][]> KnownBodyNames = new(() => Lexicon.AgencyLexicon.Default.Entries
        .Where(e => e.Kind == Lexicon.LexiconKind.Body)
        .Select(e => Tokens().Matches(e.Name).Select(m => m.Value).ToArray())
        .Where(t => t.Length >= 3)
        .ToArray());

    private static readonly Lazy<string[][]> BodiesWithLowerSecondWord = new(() => KnownBodyNames.Value
        .Where(t => t[1] == "và" && char.IsUpper(t[2][0]))
        .ToArray());

    /// <summary>Where a known body's name that starts at <paramref name="start"/> ends; <paramref name="start"/> when none does.</summary>
    private static int KnownNameEnd(List<string> tokens, int start) =>
        KnownBodyNames.Value.Where(name => StartsWithTokens(tokens, start, name, StringComparison.OrdinalIgnoreCase))
            .Select(name => start + name.Length).DefaultIfEmpty(start).Max();

    private static int Extend(List<string> tokens, int start, int headLength)
    {
        var known = KnownNameEnd(tokens, start);
        var k = Math.Max(start + headLength, known);
        var qualified = false;
        while (k < tokens.Count && k - start < 16)
        {
            var token = tokens[k];

            // A known name is complete: a lower-case word after it is the sentence going on ("… Công nghệ mở rộng"),
            // except its place or a group it heads ("… tỉnh", "… các xã").
            if (k == known && k > start + headLength && char.IsLower(token[0]) && !PlaceLevels.Contains(token) && token is not ("các" or "thành" or "thị" or "khu" or "chi"))
            {
                break;
            }

            if (token == "," && qualified)
            {
                break; // the qualifier closed the group: "… trực thuộc Trung ương, doanh nghiệp …" lists another party
            }

            if (token == ",")
            {
                // Keep coordinated nouns ("các sở, ngành", "UBND huyện, thành phố") and names with commas ("Văn hóa, Thể thao").
                if (k + 1 < tokens.Count && (GroupNouns.Any(g => StartsWithWords(tokens, k + 1, g) && char.IsLower(tokens[k + 1][0]))
                    || tokens[k + 1] == "các" && BareGroupAt(tokens, k + 2)
                    || char.IsUpper(tokens[k + 1][0]) && MatchStart(tokens, k + 1) == 0 && !HeadAt(tokens, k + 1) && !IsAbbreviation(tokens[k + 1]) && k + 2 < tokens.Count && tokens[k + 2] != ","
                        && tokens[k + 1] is not ("Người" or "Ông" or "Bà")))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (token == "(")
            {
                var close = tokens.IndexOf(")", k);
                if (close > k + 1 && char.IsUpper(tokens[k + 1][0]) && close - k < 8)
                {
                    k = close + 1;
                    continue;
                }

                break;
            }

            if (token is ")" or ":" or ";")
            {
                break;
            }

            if (token == "và")
            {
                var nextToken = k + 1 < tokens.Count ? tokens[k + 1] : string.Empty;
                if (nextToken.Length > 0 && (char.IsUpper(nextToken[0]) && MatchStart(tokens, k + 1) == 0 && !HeadAt(tokens, k + 1)
                    || char.IsLower(nextToken[0]) && !Stops.Contains(nextToken) && LowerNameHead(tokens, start, headLength)))
                {
                    k++;
                    continue;
                }

                break;
            }

            // Old and OCR'd copies write names in lower case: "Tổng cục quản lý ruộng đất".
            if (k == start + headLength && char.IsLower(token[0]) && LowerNameHead(tokens, start, headLength))
            {
                k++;
                continue;
            }

            if (token == "các" && k + 1 < tokens.Count && (k == start + headLength ? HeadedGroupNouns : GroupNouns).Any(g => StartsWithWords(tokens, k + 1, g)))
            {
                k++;
                continue;
            }

            // "các đơn vị có liên quan", "các cơ quan liên quan": the qualifier belongs to the group and ends it.
            if (token == "có" && k + 2 < tokens.Count && tokens[k + 1] == "liên" && tokens[k + 2] == "quan")
            {
                k += 3;
                break;
            }

            if (token == "liên" && k + 1 < tokens.Count && tokens[k + 1] == "quan")
            {
                k += 2;
                break;
            }

            // "các cơ quan Trung ương đóng trên địa bàn (tỉnh)": the qualifier belongs to the group and ends it.
            if (token == "đóng" && k + 3 < tokens.Count && tokens[k + 1] == "trên" && tokens[k + 2] == "địa" && tokens[k + 3] == "bàn")
            {
                k += 4;
                if (k < tokens.Count && PlaceLevels.Contains(tokens[k]))
                {
                    k++;
                }

                break;
            }

            if (token == "quan" && k + 1 < tokens.Count && tokens[k + 1] is "tâm" or "hệ"
                || token == "ban" && k + 1 < tokens.Count && tokens[k + 1] == "hành")
            {
                break; // "quan tâm", "ban hành": verbs, though "quan" and "ban" are also nouns of names
            }

            // "các đơn vị trực thuộc Bộ", "thành phố trực thuộc Trung ương": the qualifier belongs to the group.
            if (token == "trực" && k + 2 < tokens.Count && tokens[k + 1] == "thuộc" && char.IsUpper(tokens[k + 2][0]))
            {
                k += 2;
                qualified = true;
                continue;
            }

            if (char.IsLower(token[0]) && k > start + headLength && EndsAtPlace(tokens, k) && !PlaceLevels.Contains(token) && token is not ("thị" or "thành"))
            {
                break;
            }

            if (char.IsLower(token[0]) && Stops.Contains(token))
            {
                if (CarriesSecondSyllable(tokens, k, start + headLength) || NounCompounds.Contains(tokens[k - 1] + " " + token)
                    || IsCompany(tokens, start) && NameResumes(tokens, k))
                {
                    k++;
                    continue;
                }

                break;
            }

            // A lost comma ("Sở Tài chính Sở Xây dựng") starts a new agency; "Cục Bản đồ Bộ Tổng tham mưu" is one.
            if (char.IsUpper(token[0]) && k > start + headLength && tokens[k - 1] != "-"
                && StartsWithWords(tokens, k, string.Join(' ', tokens.Skip(start).Take(headLength))))
            {
                break;
            }

            k++;
        }

        while (k > start + headLength && tokens[k - 1] is "," or "-" or "(")
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Whether the name before <paramref name="k"/> is complete at a place level: "Ủy ban nhân dân tỉnh", "UBND huyện",
    /// or a body named after one ("tỉnh ủy", "xã hội"). What follows in lower case is the sentence's verb ("tự đánh giá",
    /// "công khai", "ban hành"), never more of the name; a proper name after the level is capitalised.
    /// </summary>
    private static bool EndsAtPlace(List<string> tokens, int k)
    {
        var previous = tokens[k - 1];
        if (previous == "khu" && k >= 2 && tokens[k - 2] == "đặc")
        {
            return true; // "đặc khu", the level beside xã and phường since 2025
        }

        if (PlaceLevels.Contains(previous))
        {
            return !(previous == "xã" && tokens[k] is "hội") && tokens[k] is not ("ủy" or "đoàn" or "đội");
        }

        return previous is "ủy" or "hội" or "đoàn" or "đội" && k >= 2 && PlaceLevels.Contains(tokens[k - 2]);
    }

    /// <summary>
    /// "Trung tâm Phát triển quỹ đất", "Trung tâm Xúc tiến đầu tư": a capitalised word that opens a new word of the name
    /// carries its second syllable, even one that elsewhere starts a verb. A place's name ("tỉnh Lạng Sơn triển khai") does not.
    /// </summary>
    private static bool CarriesSecondSyllable(List<string> tokens, int k, int nameStart)
    {
        if (k < 1 || RoleWords.Contains(tokens[k]))
        {
            return false;
        }

        var previous = tokens[k - 1];
        if (!char.IsUpper(previous[0]) || IsAbbreviation(previous))
        {
            return false;
        }

        if (k - 1 == nameStart)
        {
            return true;
        }

        var before = tokens[k - 2];
        return char.IsLower(before[0]) && !PlaceWords.Contains(before);
    }

    private static bool HeadAt(List<string> tokens, int k) => HeadWords.Any(h => StartsWithWords(tokens, k, h));

    // A collective ("các huyện, thành phố") or a company is an assignee only as a subject or addressee, not as an object.
    private static bool IsAssignedPosition(List<string> tokens, int start, int end)
    {
        var first = tokens[start];
        var collective = first is "các" or "Các";
        var company = first == "Công";
        if (!collective && !company)
        {
            return true;
        }

        if (start == 0 || tokens[start - 1] is "," or "và" or "giao" or "Giao" || tokens[start - 1] == "của" && RepresentativeBefore(tokens, start - 1))
        {
            return true;
        }

        if (start >= 2 && (tokens[start - 2], tokens[start - 1]) is ("hợp", "với") or ("yêu", "cầu") or ("đề", "nghị") or ("phối", "hợp"))
        {
            return true;
        }

        var after = end < tokens.Count ? tokens[end] : string.Empty;
        var afterNext = end + 1 < tokens.Count ? tokens[end + 1] : string.Empty;
        return after is "chủ" or "phối" or "phải" or "cần" or "tiếp" or "tập" or "khẩn" or "quan" or "thực" or "căn" or "theo" or "chịu" or "triển" or "nghiên" or "bố" or ":"
            || after == "có" && afterNext == "trách";
    }

    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "Kế", "Quyết", "Thông", "Công", "Chỉ", "Nghị", "Luật", "Chương", "Đề", "Dự", "Báo", "Tờ", "Văn", "Hợp", "Giấy", "Điều",
    };

    private static bool GovernmentsAt(List<string> tokens, int k) =>
        k + 3 < tokens.Count && tokens[k] is "Chính" or "chính" && tokens[k + 1] == "quyền" && tokens[k + 2] == "các" && tokens[k + 3] == "cấp";

    /// <summary>"các cấp, các ngành": a group noun with nothing after it, coordinated with the group before; "các cơ quan Trung ương" is a group of its own.</summary>
    private static bool BareGroupAt(List<string> tokens, int k)
    {
        foreach (var noun in GroupNouns.Where(g => StartsWithWords(tokens, k, g)))
        {
            var after = k + noun.Split(' ').Length;
            if (after >= tokens.Count || tokens[after] is "," or ";" or "và" || char.IsLower(tokens[after][0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompany(List<string> tokens, int start) =>
        start + 1 < tokens.Count && tokens[start] == "Công" && tokens[start + 1] == "ty";

    /// <summary>
    /// A company's name mixes lower-case words ("Công ty Cổ phần Đầu tư phát triển công nghiệp Hòa Bình"): a word that
    /// elsewhere starts a verb belongs to it when a capitalised word of the name follows within four words.
    /// </summary>
    private static bool NameResumes(List<string> tokens, int k)
    {
        for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
        {
            if (tokens[j] is "," or ";" or ":" or "(" or ")" || RoleWords.Contains(tokens[j]) || DocumentWords.Contains(tokens[j]))
            {
                return false; // "… triển khai Kế hoạch": the capital starts what the company is asked to do
            }

            if (char.IsUpper(tokens[j][0]) && !HeadAt(tokens, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LowerNameHead(List<string> tokens, int start, int headLength) =>
        string.Join(' ', tokens.Skip(start).Take(headLength)) is "Cục" or "Tổng cục" or "Tổng Cục" or "Chi cục" or "Vụ" or "Sở";

    /// <summary>Whether a paragraph opens with an agency as its subject, which starts a new passage.</summary>
    public static bool StartsWithAgency(string paragraph)
    {
        var tokens = Tokens().Matches(paragraph).Take(12).Select(m => m.Value).ToList();
        return tokens.Count > 1 && MatchStart(tokens, 0) > 0;
    }

    private static bool IsExcludedByContext(List<string> tokens, int k)
    {
        // "Nghị quyết … của HĐND tỉnh", "trên địa bàn các huyện": authorship and place, not assignment.
        if (k == 0)
        {
            return false;
        }

        var previous = tokens[k - 1];
        if (ResponsibilityLength(tokens) == k)
        {
            return false; // "Trách nhiệm của Sở X": a heading naming who is charged
        }

        if (previous == "của" && RepresentativeBefore(tokens, k - 1))
        {
            return false; // "Người đại diện theo pháp luật của Công ty X": the company is the party
        }

        // "báo cáo cho UBND tỉnh", "cấp thiết bị cho UBND các xã": a body the task is done for is a party to it.
        if (previous is "của" or "tại" or "ở" or "thuộc" or "trên" or "đến" or "trình")
        {
            return true;
        }

        return k >= 2 && tokens[k - 2] == "địa" && previous == "bàn";
    }

    private static bool RepresentativeBefore(List<string> tokens, int of)
    {
        for (var j = of - 1; j >= Math.Max(1, of - 5); j--)
        {
            if (tokens[j - 1] == "đại" && tokens[j] == "diện")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens a heading's "Trách nhiệm của", "Nhiệm vụ của" or "Đối với" takes at the start; 0 when none.</summary>
    private static int ResponsibilityLength(List<string> tokens) =>
        tokens.Count > 3 && tokens[0] is "Trách" or "trách" && tokens[1] == "nhiệm" && tokens[2] == "của" ? 3
        : tokens.Count > 3 && tokens[0] is "Nhiệm" or "nhiệm" && tokens[1] == "vụ" && tokens[2] == "của" ? 3
        : tokens.Count > 2 && tokens[0] is "Đối" && tokens[1] == "với" ? 2
        : 0;

    private static AgencyRole RoleFromContext(List<string> tokens, int start, int end)
    {
        var after = string.Join(' ', tokens.Skip(end).Take(4));
        var before = string.Join(' ', tokens.Skip(Math.Max(0, start - 4)).Take(start - Math.Max(0, start - 4)));
        if (after.StartsWith("chủ trì", StringComparison.Ordinal))
        {
            return AgencyRole.Lead;
        }

        if (before.EndsWith("phối hợp với", StringComparison.Ordinal) || before.EndsWith("phối hợp", StringComparison.Ordinal) || before.EndsWith("cùng", StringComparison.Ordinal) || before.EndsWith("cùng với", StringComparison.Ordinal)
            || after.StartsWith("phối hợp", StringComparison.Ordinal) || before.Contains("phối hợp với", StringComparison.Ordinal))
        {
            return AgencyRole.Coordinator;
        }

        if (after.StartsWith("có trách nhiệm", StringComparison.Ordinal) || after.StartsWith("chịu trách nhiệm", StringComparison.Ordinal)
            || after.StartsWith("thực hiện", StringComparison.Ordinal) || start == 0 || start == ResponsibilityLength(tokens) || before.EndsWith("giao", StringComparison.OrdinalIgnoreCase) || before.EndsWith("giao cho", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("yêu cầu", StringComparison.OrdinalIgnoreCase) || before.EndsWith("đề nghị", StringComparison.OrdinalIgnoreCase))
        {
            return AgencyRole.Executor;
        }

        return AgencyRole.Mentioned;
    }

    private static void Add(List<TaskAgency> result, string phrase, AgencyRole role, string partyCommittee)
    {
        phrase = MentionSplitter.WithoutHonorific(phrase.Trim().TrimEnd('.', ',', ';', ':').Trim()); // "Đồng chí Chủ tịch UBND tỉnh": the position
        if (phrase.Length < 3 || !phrase.Contains(' ', StringComparison.Ordinal) && (phrase.ToLowerInvariant() is "các" or "những" || char.IsLower(phrase[0])))
        {
            return;
        }

        if (CapitalHeads.Contains(phrase, StringComparer.OrdinalIgnoreCase) && !StandaloneHeads.Contains(phrase))
        {
            return; // a head alone ("Tổng cục") refers back to a body already named
        }

        var mention = Abbreviations.Expand(phrase, atItemStart: false, partyCommittee);
        mention = mention.StartsWith("các ", StringComparison.Ordinal) || mention.StartsWith("chính quyền ", StringComparison.Ordinal) || mention.StartsWith("cấp ủy", StringComparison.Ordinal)
            ? char.ToUpperInvariant(mention[0]) + mention[1..]
            : mention;
        var key = VietnameseText.Fold(mention);
        var existing = result.FindIndex(a => VietnameseText.Fold(a.Mention) == key);
        if (existing >= 0)
        {
            if (role > result[existing].Role)
            {
                result[existing] = result[existing] with { Role = role };
            }

            return;
        }

        var doubts = Doubts(mention);
        result.Add(new TaskAgency(mention, role, doubts.Count > 0 ? doubts : null, Math.Max(0.3, 1.0 - (0.3 * doubts.Count))));
    }

    [GeneratedRegex(@"^(?:[IVX]+|TW|TP|\d.*)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PlainCapitals();

    /// <summary>Why a reading may be wrong: a code nothing expanded, or a mention so long it may hold running text.</summary>
    private static List<string> Doubts(string mention)
    {
        var doubts = new List<string>();
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = words.Select(w => w.Trim(',', '(', ')', '.', ';'))
            .FirstOrDefault(w => w.Length >= 2 && w.All(c => char.IsUpper(c) || c is '&' or '-') && !Abbreviations.IsKnown(w) && !PlainCapitals().IsMatch(w));
        if (code is not null)
        {
            doubts.Add($"unknown abbreviation: {code}");
        }

        if (words.Length > LongMentionWords)
        {
            doubts.Add("long mention: may hold text that is not a name");
        }

        return doubts;
    }

    private static bool StartsWithWords(List<string> tokens, int k, string phrase) =>
        phrase.Contains(' ', StringComparison.Ordinal) ? StartsWithWords(tokens, k, phrase.Split(' ')) : k < tokens.Count && tokens[k] == phrase;

    private static bool StartsWithWords(List<string> tokens, int k, string[] words)
    {
        if (k + words.Length > tokens.Count)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!string.Equals(tokens[k + w], words[w], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbbreviation(string token) => token.Length >= 2 && token.Count(char.IsUpper) >= 2;

    private static string Join(List<string> tokens, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (builder.Length > 0 && token is not "," and not ")" && builder[^1] != '(')
            {
                builder.Append(' ');
            }

            builder.Append(token);
        }

        return builder.ToString();
    }
}
