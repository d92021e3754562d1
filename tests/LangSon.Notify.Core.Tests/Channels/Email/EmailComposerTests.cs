using LangSon.Notify.Core.Tests.Support;

namespace LangSon.Notify.Core.Tests.Channels.Email;

public sealed class EmailComposerTests
{
    [Fact]
    public async Task ComposeAsync_SeedNotice_VietnameseSubjectWithNumberAndTitle()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.StartsWith("Thông báo …/TB-UBND: Kết luận", email.Subject, StringComparison.Ordinal);
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
        var expires = Composers.Time.GetUtcNow().Add(new LangSon.Notify.Core.Dispatch.DispatchOptions().LinkLifetime);
        Assert.Contains($"se={expires:yyyy-MM-dd}", Uri.UnescapeDataString(email.Link!.Query), StringComparison.Ordinal);
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

    [Fact]
    public async Task ComposeAsync_UrgentNoticeWithDueTasks_SubjectCarriesMarkNumberAndEarliestDue()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().WithNumber("412/TB-UBND").WithUrgency("Khẩn")
            .WithExcerpt("(2)", "Sở Kế hoạch và Đầu tư chủ trì lập kế hoạch vốn.", "lead", "lead", "chủ trì", new DateOnly(2026, 11, 30))
            .WithExcerpt("(5)", "Sở Kế hoạch và Đầu tư phối hợp rà soát dự án.", "coordinator", "coordinator", "phối hợp", new DateOnly(2026, 10, 25))
            .Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.StartsWith("[KHẨN] Thông báo 412/TB-UBND: Kết luận", email.Subject, StringComparison.Ordinal);
        Assert.EndsWith(" — hạn 25/10/2026", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_AgencyWithTasks_SummaryTableComesBeforeExcerptsAckAndFile()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder()
            .WithExcerpt("(7)", "Sở Kế hoạch và Đầu tư chủ trì xây dựng quy hoạch tỉnh.", "lead", "lead", "chủ trì", new DateOnly(2026, 12, 31))
            .WithExcerpt("(9)", "Tăng cường thu hút đầu tư …", "field", null, "có thể liên quan, lĩnh vực: thu hút đầu tư", null)
            .Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);
        var html = email.HtmlBody;

        var summary = html.IndexOf("id=\"summary\"", StringComparison.Ordinal);
        var excerpts = html.IndexOf("Nội dung liên quan đến cơ quan", StringComparison.Ordinal);
        var ack = html.IndexOf("Xác nhận đã nhận", StringComparison.Ordinal);
        var file = html.IndexOf("Toàn văn văn bản", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < excerpts && excerpts < ack && ack < file, $"{summary} {excerpts} {ack} {file}");
        Assert.Contains("<th scope=\"col\">Nhiệm vụ</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row""[^>]*><strong>Mục \(7\)</strong>[^<]*</th><td>Chủ trì</td><td class=""due"">31/12/2026</td>", html);
        Assert.DoesNotMatch(@"<th scope=""row""[^>]*><strong>Mục \(9\)", html);
        Assert.Contains("Có thể liên quan</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Mục (7) | Chủ trì | hạn: 31/12/2026", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("CÓ THỂ LIÊN QUAN:", email.TextBody, StringComparison.Ordinal);
        Assert.True(email.TextBody.IndexOf("NHIỆM VỤ CỦA CƠ QUAN", StringComparison.Ordinal) < email.TextBody.IndexOf("Xác nhận đã nhận", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_RecipientForInformation_SaysSoInTheSummaryAndHasNoDueInSubject()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder()
            .WithExcerpt("(1)", "Các cấp, các ngành tiếp tục thực hiện nghiêm các biện pháp.", "general", null, "kết luận chung của thông báo", new DateOnly(2026, 12, 31))
            .Build();

        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);

        Assert.Contains("Văn bản gửi để biết", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("hạn", email.Subject, StringComparison.Ordinal);
        Assert.Contains("VĂN BẢN GỬI ĐỂ BIẾT", email.TextBody, StringComparison.Ordinal);
    }
}
