namespace LangSon.Notify.Core.Dispatch;

/// <summary>What one recovery sweep did.</summary>
public sealed record RecoveryReport(int Recorded, int TakenOver, int Requeued, int Resumed, int Ingested, int Failures, TimeSpan Elapsed)
{
    public int Total => Recorded + TakenOver + Requeued + Resumed + Ingested;
}
