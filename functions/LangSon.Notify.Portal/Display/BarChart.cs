using System.Globalization;

namespace LangSon.Notify.Portal.Display;

/// <summary>
/// A horizontal bar chart drawn on the server: a table whose rows hold the label, a bar (inline SVG, hidden from
/// screen readers) and the value as text, so the figures are read as a table and nothing needs a script.
/// </summary>
/// <param name="Id">Element id, unique on the page.</param>
/// <param name="ValueHeader">Column heading of the values ("Số cơ quan", "Số ngày").</param>
public sealed record BarChart(string Id, string Title, string Description, string LabelHeader, string ValueHeader, IReadOnlyList<BarChart.Bar> Bars)
{
    public double Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    /// <summary>Bar length as an SVG percentage; at least a sliver for a non-zero value so it stays visible.</summary>
    public string Width(Bar bar) =>
        Max <= 0 || bar.Value <= 0 ? "0" : Math.Max(1.0, 100.0 * bar.Value / Max).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <param name="Text">The value as shown ("12", "1,5 ngày").</param>
    /// <param name="Note">A second figure shown beside the value (a percentage, the last time).</param>
    public sealed record Bar(string Label, double Value, string Text, string? Note = null);
}
