using LangSon.Notify.Understanding.Parsing.Header;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Reads the header by its parts: issuer, number and symbol, place and date, urgency, type and title, Kính gửi.</summary>
internal static class HeaderReader
{
    public sealed record Result(
        NoticeMetadata Metadata,
        IReadOnlyList<string> Addressees,
        int BodyStart,
        IReadOnlyList<ParseWarning> Warnings);

    /// <param name="stamps">Numbers stamped beside a blank number or day (see <see cref="StampReader"/>); they fill only blanks.</param>
    public static Result Read(IReadOnlyList<string> lines, IReadOnlyList<int>? stamps = null)
    {
        var warnings = new List<ParseWarning>();
        var span = HeaderSpan.Find(lines);

        var number = NumberLineReader.Read(lines, span);
        var placeDate = PlaceDateReader.Read(lines, span);
        var urgency = FindUrgency(lines, span);

        // The type heading and title follow the later of the number and date lines.
        var anchorLine = Math.Max(number.Line, placeDate.Line);
        var anchorCol = anchorLine == placeDate.Line ? placeDate.End : anchorLine == number.Line ? number.End : 0;
        if (anchorLine < 0)
        {
            anchorLine = span.Start;
            anchorCol = 0;
        }

        var heading = TitleReader.ReadHeading(lines, anchorLine, anchorCol);
        var type = heading.Type;
        var title = heading.Type is null ? null : heading.Title;
        var bodyStart = heading.Type is null ? anchorLine + 1 : heading.End;

        var firstAnchor = FirstIndex(number.Line, placeDate.Line, span.End);
        var regardingFrom = number.Line < 0 ? span.Start : Math.Min(number.Line, placeDate.Line < 0 ? number.Line : placeDate.Line) - 1;
        var regarding = TitleReader.ReadRegarding(lines, Math.Max(span.Start, regardingFrom), span.End);
        if (regarding is { } r && (type is null || title is null))
        {
            type ??= DocumentTypes.CongVan;
            title ??= r.Title;
            bodyStart = Math.Max(bodyStart, r.End);
        }

        type ??= DocumentTypes.FromSymbol(number.Symbol) ?? TitleReader.FromWebsiteTitle(lines);

        var (addressees, dearEnd) = AddresseeReader.Read(lines, span);
        if (dearEnd > bodyStart)
        {
            bodyStart = dearEnd;
        }

        var (issuer, parent) = IssuerReader.Read(lines, span.Start, Math.Min(span.End, firstAnchor));
        if (issuer is null && number.Symbol is not null && placeDate.Place is not null)
        {
            issuer = IssuerReader.Infer(number.Symbol, placeDate.Place);
            if (issuer is not null)
            {
                warnings.Add(new ParseWarning("issuer-inferred", $"No issuer line; taken from the symbol and place: {issuer}."));
            }
        }

        var (numberText, date) = FillFromStamps(number, placeDate.Date, stamps ?? [], warnings);
        AddWarnings(warnings, number, numberText, placeDate, date, type);

        var metadata = new NoticeMetadata
        {
            Type = type,
            Number = numberText,
            Symbol = number.Symbol,
            Issuer = issuer,
            IssuerParent = parent,
            Place = placeDate.Place,
            Date = date,
            Title = title,
            Urgency = urgency,
        };
        return new Result(metadata, addressees, Math.Min(bodyStart, lines.Count), warnings);
    }

    /// <summary>A signed PDF often prints "Số: /QĐ-UBND" and "ngày tháng 11" with the number and day stamped beside them.</summary>
    private static (string? Number, NoticeDate Date) FillFromStamps(NumberLineReader.Found number, NoticeDate date, IReadOnlyList<int> stamps, List<ParseWarning> warnings)
    {
        var numberText = number.Number;
        var next = 0;
        if (numberText is null && number.Symbol is not null && number.Line >= 0 && next < stamps.Count && stamps[next] > 0)
        {
            numberText = stamps[next].ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + number.Symbol;
            next++;
            warnings.Add(new ParseWarning("number-stamped", $"The number {numberText} was read from the stamp beside the blank number."));
        }

        if (date is { Day: null, Month: { } month, Year: { } year } && month is >= 1 and <= 12 && next < stamps.Count
            && stamps[next] >= 1 && stamps[next] <= DateTime.DaysInMonth(year, month))
        {
            date = date with { Day = stamps[next] };
            warnings.Add(new ParseWarning("day-stamped", $"The day {stamps[next]} was read from the stamp beside the blank day."));
        }

        return (numberText, date);
    }

    private static void AddWarnings(List<ParseWarning> warnings, NumberLineReader.Found number, string? numberText, PlaceDateReader.Found placeDate, NoticeDate date, string? type)
    {
        if (number.Line < 0)
        {
            warnings.Add(new ParseWarning("number-missing", "No \"Số:\" line was found."));
        }
        else if (numberText is null)
        {
            warnings.Add(new ParseWarning("number-blank", "The number is blank (\"Số: /…\"), as in a draft or an unsigned copy."));
        }

        if (placeDate.Line < 0)
        {
            warnings.Add(new ParseWarning("date-missing", "No place and date line (\"…, ngày … tháng … năm …\") was found."));
        }
        else if (date.Day is null)
        {
            warnings.Add(new ParseWarning("day-blank", "The day of the date is blank; only the month and year are known."));
        }

        if (type is null)
        {
            warnings.Add(new ParseWarning("type-unknown", "The document type could not be determined."));
        }
    }

    private static string? FindUrgency(IReadOnlyList<string> lines, HeaderSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            var m = HeaderPatterns.Urgency().Match(lines[i]);
            if (m.Success && lines[i].Length <= 20)
            {
                return m.Groups["mark"].Value;
            }
        }

        return null;
    }

    private static int FirstIndex(int a, int b, int fallback)
    {
        var candidates = new[] { a, b }.Where(i => i >= 0).ToArray();
        return candidates.Length == 0 ? fallback : candidates.Min();
    }
}
