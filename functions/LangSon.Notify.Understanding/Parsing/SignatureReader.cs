using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Reads the signature block: authority (TM., KT., TL., TUQ., Q.), position and signer.</summary>
internal static partial class SignatureReader
{
    [GeneratedRegex(@"(?<![\p{L}])(?<a>TM|KT|TL|TUQ|Q|K/T|T/M|T/L)\s*\.?\s+(?=[\p{Lu}]{2})")]
    private static partial Regex Authority();

    [GeneratedRegex(@"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|THỨ TRƯỞNG|BỘ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|CHỦ NHIỆM|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|BÍ THƯ|TRƯỞNG PHÒNG|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG THƯ KÝ|TRƯỞNG ĐOÀN|HIỆU TRƯỞNG|CHI CỤC TRƯỞNG)(?:\s+THƯỜNG TRỰC)?")]
    private static partial Regex Position();

    [GeneratedRegex(@"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?\.?$|^\[.*\]$")]
    private static partial Regex SignedMark();

    /// <summary>Whether a line inside the Nơi nhận block belongs to the signature instead.</summary>
    public static bool LooksLikeSignatureLine(string line)
    {
        if (SignedMark().IsMatch(line))
        {
            return true;
        }

        var upper = VietnameseText.IsUpper(line) && !line.StartsWith('-');
        return upper && Position().Match(line) is { Success: true, Index: 0 };
    }

    /// <summary>Finds the signature from <paramref name="from"/> on, preferring <paramref name="interleaved"/> text set aside by the Nơi nhận reader.</summary>
    public static (Signer? Signer, HashSet<int> Lines) Read(IReadOnlyList<string> lines, int from, IReadOnlyList<string> interleaved)
    {
        var used = new HashSet<int>();
        var fromBlock = interleaved.Count > 0 ? Parse(string.Join('\n', interleaved)) : null;
        if (fromBlock?.Name is not null)
        {
            return (fromBlock, used);
        }

        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('-') || line.Contains("Lưu", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Authority().Match(line);
            var startsWithPosition = VietnameseText.IsUpper(FirstWords(line, 2)) && Position().Match(line) is { Success: true, Index: 0 };
            if (!(m.Success && (m.Index == 0 || m.Index < line.Length / 2)) && !startsWithPosition)
            {
                continue;
            }

            var block = new List<string>();
            for (var j = i; j < lines.Count && j < i + 8; j++)
            {
                if (lines[j].Length == 0 && block.Count > 0 && HasName(block))
                {
                    break;
                }

                if (lines[j].StartsWith('-'))
                {
                    continue; // interleaved Nơi nhận line
                }

                block.Add(lines[j]);
                used.Add(j);
                if (HasName(block))
                {
                    break;
                }
            }

            var signer = Parse(string.Join('\n', block));
            if (signer is not null)
            {
                return (signer, used);
            }

            used.Clear();
        }

        return (fromBlock, used);
    }

    private static bool HasName(List<string> block)
    {
        var text = string.Join(' ', block);
        return NameAfterUpper(text) is not null;
    }

    /// <summary>Parses "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn A" and its one-line forms.</summary>
    public static Signer? Parse(string text)
    {
        text = text.Replace("**", string.Empty);
        var flat = Regex.Replace(text, @"\s+", " ").Trim();
        var authorities = Authority().Matches(flat);
        string? authority = null;
        var rest = flat;
        if (authorities.Count > 0)
        {
            var last = authorities[^1];
            authority = NormaliseAuthority(last.Groups["a"].Value);
            rest = flat[(last.Index + last.Length)..]; // text before the authority (a drafter's initials) is dropped
        }
        else
        {
            var position = Position().Match(flat);
            if (!position.Success)
            {
                return null;
            }

            rest = flat[position.Index..];
        }

        // The upper-case run is the position(s); the name follows.
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = new List<string>();
        var index = 0;
        while (index < words.Length && (VietnameseText.IsUpper(words[index]) || !words[index].Any(char.IsLetter)))
        {
            upper.Add(words[index]);
            index++;
        }

        var run = string.Join(' ', upper).Trim(',', ' ');
        var positionText = PickPosition(run, authority);
        var name = NameAfterUpper(rest);
        if (positionText is null && name is null)
        {
            return null;
        }

        return new Signer(authority, positionText is null ? null : VietnameseText.ToSentenceCase(positionText), name);
    }

    /// <summary>The position directly above the name: after "KT. CHỦ TỊCH" comes the signer's own "PHÓ CHỦ TỊCH".</summary>
    private static string? PickPosition(string run, string? authority)
    {
        if (run.Length == 0)
        {
            return null;
        }

        var matches = Position().Matches(run);
        if (matches.Count == 0)
        {
            return run;
        }

        if (authority == "TM.")
        {
            return run[matches[0].Index..].Trim();
        }

        if (authority is not null && matches.Count > 1)
        {
            return run[matches[1].Index..].Trim();
        }

        return authority is null ? run[matches[0].Index..].Trim() : matches[0].Value;
    }

    private static string? NameAfterUpper(string text)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        var sawUpper = false;
        while (index < words.Length && (VietnameseText.IsUpper(words[index]) || !words[index].Any(char.IsLetter)))
        {
            sawUpper |= VietnameseText.IsUpper(words[index]);
            index++;
        }

        if (!sawUpper)
        {
            return null;
        }

        // Skip "(Đã ký)" and similar marks between position and name.
        var remaining = string.Join(' ', words.Skip(index));
        remaining = Regex.Replace(remaining, @"^\(?\s*(?:đã ký|Đã ký|ký)\s*\)?\s*", string.Empty);
        var nameWords = new List<string>();
        foreach (var word in remaining.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = word.Trim(',', '.', ';');
            if (clean.Length == 0 || !char.IsUpper(clean[0]) || VietnameseText.IsUpper(clean) && clean.Length > 1 || !clean.All(char.IsLetter))
            {
                break;
            }

            nameWords.Add(clean);
            if (nameWords.Count == 5)
            {
                break;
            }
        }

        return nameWords.Count >= 2 ? string.Join(' ', nameWords) : null;
    }

    private static string NormaliseAuthority(string raw) => raw switch
    {
        "K/T" => "KT.",
        "T/M" => "TM.",
        "T/L" => "TL.",
        _ => raw + ".",
    };

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
}
