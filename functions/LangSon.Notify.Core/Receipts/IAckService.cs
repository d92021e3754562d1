namespace LangSon.Notify.Core.Receipts;

/// <summary>The acknowledgement page's handler, for the hosts' GET and POST on the signed link.</summary>
public interface IAckService
{
    /// <summary>Reads what the link shows; never records anything (mail scanners follow links).</summary>
    Task<AckOutcome> OpenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Records the agency's answer: a status, with a reason for 02, or a task status with an optional note.</summary>
    Task<AckOutcome> AnswerAsync(string token, string? status, string? reason, string? task, string? note, CancellationToken cancellationToken);
}
