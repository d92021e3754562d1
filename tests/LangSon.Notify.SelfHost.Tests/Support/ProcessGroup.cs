using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>A child process started in its own process group (setsid), so it and all its children can be killed together.</summary>
internal sealed class ProcessGroup : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private ProcessGroup(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote; once it has exited, read to the end of its pipes first.</summary>
    public string Output
    {
        get
        {
            DrainIfExited();
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// HasExited turns true before the output events have all been raised; the parameterless
    /// WaitForExit waits for the pipes' end. Bounded, because a grandchild may hold them open.
    /// </summary>
    private void DrainIfExited()
    {
        if (_process.HasExited)
        {
            Task.Run(() => _process.WaitForExit()).Wait(TimeSpan.FromSeconds(5));
        }
    }

    public static ProcessGroup Start(string file, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("setsid") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Repo.Root };
        info.ArgumentList.Add(file);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var group = new ProcessGroup(process);
        process.OutputDataReceived += (_, e) => group.Append(e.Data);
        process.ErrorDataReceived += (_, e) => group.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return group;
    }

    /// <summary>SIGKILL to the whole group: azurite ignores SIGTERM for a while, and a crash test wants no goodbye.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            Signal("-KILL");
            _process.WaitForExit(5000);
        }
    }

    /// <summary>SIGTERM to the group, then SIGKILL if it has not exited within <paramref name="grace"/>.</summary>
    public void Terminate(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            Signal("-TERM");
            _process.WaitForExit(grace);
        }

        Kill();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, "--", $"-{_process.Id}"]) { UseShellExecute = false });
        kill?.WaitForExit(5000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>
    /// A loopback port no other fixture, in this process or another test process, has been given.
    /// Ports come from below the kernel's ephemeral range, which outgoing connections draw from,
    /// and each is claimed with an exclusive lock file held until the process exits.
    /// </summary>
    public static int FreePort()
    {
        var directory = Path.Combine(Path.GetTempPath(), "langson-notify-ports");
        System.IO.Directory.CreateDirectory(directory);
        var (low, high) = PortRange();
        lock (PortClaims)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = Random.Shared.Next(low, high);
                FileStream claim;
                try
                {
                    claim = new FileStream(Path.Combine(directory, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException)
                {
                    continue;
                }

                if (!CanBind(port))
                {
                    claim.Dispose();
                    continue;
                }

                PortClaims.Add(claim);
                return port;
            }
        }

        throw new InvalidOperationException($"no free loopback port between {low} and {high} after 500 tries");
    }

    private static readonly List<FileStream> PortClaims = [];

    private static (int Low, int High) PortRange()
    {
        var ephemeralLow = 32768;
        try
        {
            var parts = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            ephemeralLow = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
        }

        return ephemeralLow > 12000 ? (10000, ephemeralLow) : (61000, 65000);
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task WaitForPortAsync(int port, ProcessGroup owner, string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                if (owner.HasExited)
                {
                    throw new InvalidOperationException($"{name} exited during start-up:\n{owner.Output}");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{name} did not open port {port} within {timeout}:\n{owner.Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
