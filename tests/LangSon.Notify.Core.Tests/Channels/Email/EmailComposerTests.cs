using LangSon.Notify.Core.Tests.Support;

namespace LangSon.Notify.Core.Tests.Channels.Email;

public sealed class EmailComposerTests
{
    [Fact]
    public async Task ComposeAsync_SeedNotice_VietnameseSubjectWithNumberAndTitle()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.Equal($"[UBND tỉnh Lạng Sơn] Thông báo số …/TB-UBND: {DispatchPlanBuilder.SeedTitle}", email.Subject);
        Assert.Equal("vanthu@skhdt.langson.example", email.ToAddress);
    }

    [Fact]
    public async Task ComposeAsync_ExcerptWithMarkup_EncodedInHtmlAndKeptInText()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder()
            .WithExcerpt("3", "Sở Kế hoạch và Đầu tư chủ trì <script>alert(1)</script> & báo cáo", "chủ trì")
            .Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; báo cáo", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Mục 3", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("lý do: chủ trì", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Sở Kế hoạch và Đầu tư chủ trì <script>alert(1)</script> & báo cáo", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_FileLargerThanLimit_TimeLimitedLinkInsteadOfAttachment()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().WithLength(10_000_000).Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.Null(email.Attachment);
        Assert.NotNull(email.Link);
        Assert.Contains("se=2020-07-22", Uri.UnescapeDataString(email.Link!.Query), StringComparison.Ordinal); // two days, the default lifetime
        Assert.Contains("sp=r", email.Link.Query, StringComparison.Ordinal);
        Assert.Contains(email.Link.ToString(), email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_TemplateEditedOnDisk_UsedWithoutRebuild()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("templates-");
        try
        {
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Templates")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var composer = Composers.Email(Composers.Options(folder.FullName));
            var (plan, recipient, delivery) = new DispatchPlanBuilder().WithNumber("12/TB-UBND").Build();
            await composer.ComposeAsync(plan, recipient, delivery, CancellationToken.None);

            var subject = Path.Combine(folder.FullName, "email-subject.liquid");
            await File.WriteAllTextAsync(subject, "KHẨN: {{ notice.number }}");
            File.SetLastWriteTimeUtc(subject, DateTime.UtcNow.AddMinutes(1));
            var email = await composer.ComposeAsync(plan, recipient, delivery, CancellationToken.None);

            Assert.Equal("KHẨN: 12/TB-UBND", email.Subject);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
