namespace LangSon.Notify.Core.Receipts;

/// <summary>The national document exchange's status codes for an agency's answer (01–03) and a task's progress (04–06).</summary>
public static class ReceiptCodes
{
    public const string Arrived = "01";
    public const string Refused = "02";
    public const string Accepted = "03";
    public const string AwaitingAssignment = "04";
    public const string InProgress = "05";
    public const string Done = "06";

    public static bool IsAnswer(string code) => code is Arrived or Refused or Accepted;

    public static bool IsTask(string code) => code is AwaitingAssignment or InProgress or Done;

    /// <summary>Order in which a state may move; 02 and 03 are alternatives, so the first of them stands.</summary>
    public static int Rank(string? code) => code switch
    {
        Arrived => 1,
        Refused or Accepted => 2,
        AwaitingAssignment => 4,
        InProgress => 5,
        Done => 6,
        _ => 0,
    };

    public static string Label(string? code) => code switch
    {
        Arrived => "đã đến",
        Refused => "từ chối tiếp nhận",
        Accepted => "đã tiếp nhận",
        AwaitingAssignment => "chờ phân công",
        InProgress => "đang xử lý",
        Done => "đã xử lý xong",
        _ => "chưa có",
    };
}
