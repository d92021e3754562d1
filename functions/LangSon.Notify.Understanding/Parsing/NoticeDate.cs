namespace LangSon.Notify.Understanding.Parsing;

/// <summary>A date line whose parts may be blank, as in a draft ("ngày   tháng 7 năm 2020").</summary>
public sealed record NoticeDate(int? Year, int? Month, int? Day)
{
    public static NoticeDate Unknown { get; } = new(null, null, null);

    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>The full date, or null when any part is blank or invalid.</summary>
    public DateOnly? ToDateOnly()
    {
        if (!IsComplete || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(Year!.Value, Month!.Value))
        {
            return null;
        }

        return new DateOnly(Year!.Value, Month!.Value, Day!.Value);
    }

    /// <summary>The day the notice is taken to be in force for directory look-ups: the date, else the month's first day, else the year's.</summary>
    public DateOnly? EffectiveDate()
    {
        if (ToDateOnly() is { } full)
        {
            return full;
        }

        if (Year is not { } year || year < 1900 || year > 2200)
        {
            return null;
        }

        return Month is { } month and >= 1 and <= 12 ? new DateOnly(year, month, 1) : new DateOnly(year, 1, 1);
    }
}
