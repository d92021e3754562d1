using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Tells directive content from descriptive content by its heading, then by its sentences' form, never by position.</summary>
internal static partial class TaskKindClassifier
{
    private const int HeadingWords = 14;

    [GeneratedRegex(@"\b(?:nhiệm vụ|giải pháp|giao|yêu cầu|đề nghị|kiến nghị|đề xuất|tổ chức thực hiện|trách nhiệm|phân công|kế hoạch hành động|chỉ đạo)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DirectiveHeading();

    [GeneratedRegex(@"\b(?:tình hình|kết quả|đánh giá|khó khăn|hạn chế|nguyên nhân|bối cảnh|mục đích|thực trạng|tồn tại|vướng mắc|sự cần thiết)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DescriptiveHeading();

    // A sentence that asks: an imperative opening, a modal, an assignment.
    [GeneratedRegex(@"(?:^|[.;:]\s+|\n)(?:Tăng cường|Đẩy mạnh|Tập trung|Chỉ đạo|Tiếp tục|Khẩn trương|Rà soát|Tổ chức|Triển khai|Xây dựng|Thực hiện|Chủ động|Nâng cao|Hoàn thành|Báo cáo|Giao|Yêu cầu|Đề nghị|Kiểm tra|Tham mưu|Phối hợp|Chuẩn bị|Bảo đảm|Đảm bảo|Quan tâm|Nghiên cứu|Hướng dẫn|Theo dõi|Xác định|Ban hành|Bố trí|Huy động|Tổng kết|Tổng hợp|Cập nhật|Tuyên truyền|Phấn đấu|Nộp|Hoàn thiện|Cải thiện|Thường xuyên|Định kỳ|Chủ trì|Ưu tiên|Rà soát)\b|\b(?:phải|cần|có trách nhiệm|chịu trách nhiệm|chủ trì|khẩn trương|yêu cầu|đề nghị)\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DirectiveForm();

    // A sentence that reports: results, rates, comparisons with the past.
    [GeneratedRegex(@"\b(?:đã|đạt|so với cùng kỳ|tăng \d|giảm \d|ước đạt|chiếm|còn chậm|chưa đáp ứng|gặp nhiều khó khăn)\b|\d+(?:[.,]\d+)?\s*%", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DescriptiveForm();

    public static TaskKind Classify(string? heading, string text, IReadOnlyList<TaskAgency> agencies, string? deadline)
    {
        var head = FirstWords(heading is { Length: > 0 } ? heading : text, HeadingWords);
        var directiveHead = DirectiveHeading().IsMatch(head);
        var descriptiveHead = DescriptiveHeading().IsMatch(head);
        // "Tiếp tục … tháo gỡ khó khăn" asks, though it names a difficulty: an imperative opening outweighs the word.
        if (descriptiveHead && !directiveHead && DirectiveForm().Match(head) is not { Success: true, Index: 0 })
        {
            return TaskKind.Descriptive;
        }

        if (directiveHead || deadline is not null || agencies.Any(a => a.Role is AgencyRole.Lead or AgencyRole.Coordinator))
        {
            return TaskKind.Directive;
        }

        var asks = DirectiveForm().Matches(text).Count;
        var reports = DescriptiveForm().Matches(text).Count;
        return reports > asks ? TaskKind.Descriptive : TaskKind.Directive;
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(count));
}
