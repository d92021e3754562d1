using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Plans and delivery rows for composer tests, with the seed notice's long title by default.</summary>
internal sealed class DispatchPlanBuilder
{
    public const string SeedTitle = "Kết luận của đồng chí Hồ Tiến Thiệu, Phó Chủ tịch phụ trách UBND tỉnh tại Hội nghị trực tuyến với cấp huyện, cấp xã về đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2020";

    private string? _number;
    private string _title = SeedTitle;
    private long _length = 30_000;
    private string? _urgency;
    private readonly List<PlanExcerpt> _excerpts = [];

    public DispatchPlanBuilder WithNumber(string number)
    {
        _number = number;
        return this;
    }

    public DispatchPlanBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public DispatchPlanBuilder WithUrgency(string urgency)
    {
        _urgency = urgency;
        return this;
    }

    public DispatchPlanBuilder WithExcerpt(string? label, string text, string reason, string? role, string why, DateOnly? due)
    {
        _excerpts.Add(new PlanExcerpt(label, text, reason, role, why, due));
        return this;
    }

    public DispatchPlanBuilder WithLength(long length)
    {
        _length = length;
        return this;
    }

    public DispatchPlanBuilder WithExcerpt(string? label, string text, string why)
    {
        _excerpts.Add(new PlanExcerpt(label, text, "lead", "lead", why));
        return this;
    }

    public (DispatchPlan Plan, PlanRecipient Recipient, DeliveryRecord Delivery) Build(string channel = "email")
    {
        var recipient = new PlanRecipient("so-khdt", "Sở Kế hoạch và Đầu tư", _excerpts);
        var plan = new DispatchPlan("n1", "seed-notice.txt", "text", _length,
            new PlanDocument("Thông báo", _number, "TB-UBND", _title, "ngày … tháng 7 năm 2020", _urgency, "UBND tỉnh Lạng Sơn", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Phạm Hùng Trường"),
            [recipient]);
        var delivery = new DeliveryRecord
        {
            PartitionKey = "n1",
            RowKey = "d1",
            EntryId = recipient.EntryId,
            AgencyName = recipient.Name,
            Channel = channel,
            Address = channel == "email" ? "vanthu@skhdt.langson.example" : "+84 900 000 001",
        };
        return (plan, recipient, delivery);
    }
}
