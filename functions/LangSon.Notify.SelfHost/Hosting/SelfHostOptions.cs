using System.ComponentModel.DataAnnotations;
using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>Bound from "Notify:SelfHost"; FirstRetryDelay and MaxRetryDelay are the storage-queue backoff.</summary>
public sealed class SelfHostOptions : RetryBackoffOptions
{
    public const string SectionName = "Notify:SelfHost";

    /// <summary>Longest wait between polls of an empty queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>Where the directory container is copied for the resolver; one folder per process so hosts never share it.</summary>
    [Required]
    public string DirectoryCacheFolder { get; set; } = Path.Combine(Path.GetTempPath(), "langson-notify", $"directory-{Environment.ProcessId}");

    /// <summary>Stop start-up when the directory container is empty.</summary>
    public bool RequireDirectory { get; set; } = true;
}
