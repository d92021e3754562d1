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

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
