using System.Globalization;

namespace LangSon.Notify.LoadHarness.Profiling;

/// <summary>
/// CPU time spent by azurite, maildev and the .NET side (host or bare loop) between two samples, read from /proc:
/// on two shared cores it shows which process a run's time goes to.
/// </summary>
internal sealed class CpuMeter
{
    private readonly Dictionary<string, int> _pids;
    private readonly Dictionary<string, double> _start;

    private CpuMeter(Dictionary<string, int> pids)
    {
        _pids = pids;
        _start = pids.ToDictionary(p => p.Key, p => Seconds(p.Value));
    }

    /// <summary>Starts measuring azurite (found by its table port), maildev (by its SMTP port) and the given .NET process.</summary>
    public static CpuMeter Start(int tablePort, int smtpPort, int dotnetPid, string dotnetName)
    {
        var pids = new Dictionary<string, int>(StringComparer.Ordinal) { [dotnetName] = dotnetPid };
        if (FindByCommandLine($"--tablePort\0{tablePort}\0") is { } azurite)
        {
            pids["azurite"] = azurite;
        }

        if (FindByCommandLine($"--smtp\0{smtpPort}\0") is { } maildev)
        {
            pids["maildev"] = maildev;
        }

        return new CpuMeter(pids);
    }

    /// <summary>"azurite 12.3 ms, maildev 4.1 ms, host 9.8 ms of CPU per delivery".</summary>
    public string PerDelivery(int deliveries) => string.Join(", ", _pids.Select(p =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Key} {(Seconds(p.Value) - _start[p.Key]) * 1000 / Math.Max(1, deliveries):0.0} ms"))) + " of CPU per delivery";

    private static double Seconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static int? FindByCommandLine(string fragment)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(fragment, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        return null;
    }
}
