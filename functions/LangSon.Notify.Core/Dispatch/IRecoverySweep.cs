namespace LangSon.Notify.Core.Dispatch;

/// <summary>The recovery pass the hosts run at start and on a timer.</summary>
public interface IRecoverySweep
{
    /// <param name="startUp">The host's first sweep: the start-up grace period applies, and deliveries held by live claims are queued again too.</param>
    Task<RecoveryReport> RunAsync(bool startUp, CancellationToken cancellationToken);
}
