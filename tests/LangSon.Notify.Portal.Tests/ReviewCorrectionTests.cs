using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Portal.Tests;

/// <summary>A clerk's corrections applied to a resolved notice: the real parser and resolver over the seed directories.</summary>
public sealed class ReviewCorrectionTests
{
    private static readonly DirectoryCatalog Catalog = DirectoryLoader.LoadFolder(Path.Combine(Repo.Root, "seeds"));
    private static readonly NoticeResolver Resolver = new(Catalog);

    private static ParsedNotice Doubtful() =>
        new NoticeParser().Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "doubtful-notice.txt")));

    [Fact]
    public void Apply_SkipAndMap_DropsOneRecipientAndSendsTheUnknownOneToTheChosenEntry()
    {
        var parsed = Doubtful();
        var original = Resolver.Resolve(parsed);
        Assert.True(original.NeedsReview);
        var unknown = Assert.Single(original.Unresolved).Mention;
        var builder = parsed.Recipients.Single(m => m.Mention == "Sở Xây dựng");

        var corrected = ReviewCorrection.Apply(
            parsed,
            [new ReviewCorrection(builder.Line, builder.Span, [], Skip: true), new ReviewCorrection(unknown.Line, unknown.Span, ["so-yt"], Skip: false)],
            Resolver,
            Catalog);

        Assert.Equal(["so-tc", "so-yt"], corrected.Recipients.Select(r => r.Entry.Id).Order(StringComparer.Ordinal));
        Assert.Empty(corrected.Unresolved);
        Assert.False(corrected.NeedsReview);
    }

    [Fact]
    public void Apply_UnknownEntryId_ThrowsNamingIt()
    {
        var parsed = Doubtful();
        var mention = parsed.Recipients[0];
        var error = Assert.Throws<ArgumentException>(() => ReviewCorrection.Apply(parsed, [new ReviewCorrection(mention.Line, mention.Span, ["khong-co"], Skip: false)], Resolver, Catalog));
        Assert.Contains("khong-co", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeParse_RoundTrips()
    {
        IReadOnlyList<ReviewCorrection> corrections = [new(2, "Ban QLKVX tỉnh", ["so-yt", "so-tc"], false), new(0, "Sở Tài chính", [], true)];
        var back = ReviewCorrection.Parse(ReviewCorrection.Serialize(corrections));
        Assert.Equal(corrections.Count, back.Count);
        Assert.Equal(corrections[0].EntryIds, back[0].EntryIds);
        Assert.True(back[1].Skip);
        Assert.Empty(ReviewCorrection.Parse(null));
    }

    [Fact]
    public void NoticeStatusName_AwaitingReview_IsKebabCaseBothWays()
    {
        Assert.Equal("awaiting-review", NoticeStatus.AwaitingReview.ToName());
        Assert.Equal(NoticeStatus.AwaitingReview, StatusNames.ToNoticeStatus("awaiting-review"));
        Assert.Equal("dispatched", NoticeStatus.Dispatched.ToName());
    }

    [Fact]
    public void FollowUpIds_DifferByKindAndOccasion_AndRepeat()
    {
        var recall = NoticeIds.ForFollowUp("n", "so-tc", "email", DeliveryKinds.Recall, "");
        Assert.Equal(recall, NoticeIds.ForFollowUp("n", "so-tc", "email", DeliveryKinds.Recall, ""));
        Assert.NotEqual(recall, NoticeIds.ForFollowUp("n", "so-tc", "email", DeliveryKinds.Resend, ""));
        Assert.NotEqual(NoticeIds.ForFollowUp("n", "so-tc", "email", DeliveryKinds.Resend, "a"), NoticeIds.ForFollowUp("n", "so-tc", "email", DeliveryKinds.Resend, "b"));
        Assert.NotEqual(recall, NoticeIds.ForDelivery("n", "so-tc", "email"));
    }
}
