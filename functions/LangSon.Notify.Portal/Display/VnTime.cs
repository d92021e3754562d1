using System.Globalization;

namespace LangSon.Notify.Portal.Display;

/// <summary>Dates as Vietnamese readers write them (dd/MM/yyyy), times in Asia/Ho_Chi_Minh.</summary>
public static class VnTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? ToLocal(v).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string DateTimeSeconds(DateTimeOffset? value) =>
        value is { } v ? ToLocal(v).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? value) => value is { } v ? v.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>
    /// A day typed in a filter: the date input sends yyyy-MM-dd, people typing write dd/MM/yyyy. Empty is no day; a
    /// value that is neither gives <paramref name="error"/> naming the field.
    /// </summary>
    public static DateOnly? ParseDay(string? value, string field, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (System.DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        error = $"{field}: \"{value}\" không phải ngày (dd/MM/yyyy).";
        return null;
    }

    /// <summary>Start of the given local day, as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // No time-zone database (some containers): Vietnam keeps UTC+7 all year.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
