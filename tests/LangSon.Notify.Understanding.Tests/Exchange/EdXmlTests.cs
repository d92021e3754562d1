using System.Text;
using System.Xml.Linq;
using LangSon.Notify.Understanding.Exchange;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Exchange;

public sealed class EdXmlTests
{
    private static readonly XNamespace Ns = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    [Fact]
    public void Write_ThenRead_SameMetadataAndAttachment()
    {
        var package = Package();

        var written = Save(EdXmlWriter.Write(package));
        var read = EdXmlReader.Read(new MemoryStream(written));

        Assert.Equal(package.Metadata with { IssuerParent = null }, read.Metadata with { IssuerParent = null });
        Assert.Equal(package.From, read.From);
        Assert.Equal(package.To, read.To);
        Assert.Equal(package.DueDate, read.DueDate);
        Assert.Equal(package.ToPlaces, read.ToPlaces);
        Assert.Equal(package.Attachment, read.Attachment);
        Assert.Equal("thong-bao.pdf", read.AttachmentName);
    }

    [Fact]
    public void Write_Header_ElementsInTheStandardsOrderAndNamespace()
    {
        var xml = EdXmlWriter.Write(Package());

        Assert.Equal(Ns + "edXML", xml.Root!.Name);
        var header = xml.Root.Element(Ns + "edXMLEnvelope")!.Element(Ns + "edXMLHeader")!.Element(Ns + "MessageHeader")!;
        Assert.Equal(
            ["From", "To", "To", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo"],
            header.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("57", header.Element(Ns + "Code")!.Element(Ns + "CodeNumber")!.Value);
        Assert.Equal("TB-UBND", header.Element(Ns + "Code")!.Element(Ns + "CodeNotation")!.Value);
        Assert.Equal("2", header.Element(Ns + "OtherInfo")!.Element(Ns + "Priority")!.Value);
        Assert.Equal("000.00.01.H99", header.Element(Ns + "From")!.Element(Ns + "OrganId")!.Value);
        Assert.True(EdXmlReader.IsEdXml(Save(xml)));
    }

    [Fact]
    public void WriteStatus_AnswerCode_StatusMessage()
    {
        var xml = EdXmlWriter.WriteStatus(new EdXmlParty("000.00.12.H99", "Sở Thử Nghiệm"), "57/TB-UBND", "03", "Đã tiếp nhận", new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.FromHours(7)));

        var status = xml.Root!.Descendants(Ns + "Status").Single();
        Assert.Equal("03", status.Element(Ns + "StatusCode")!.Value);
        Assert.Equal("2026-11-03T09:00:00+07:00", status.Element(Ns + "Timestamp")!.Value);
        Assert.Equal("Sở Thử Nghiệm", status.Element(Ns + "From")!.Element(Ns + "OrganName")!.Value);
    }

    [Fact]
    public void WriteStatus_UnknownCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => EdXmlWriter.WriteStatus(new EdXmlParty(null, "Sở A"), "1/TB", "07", "x", DateTimeOffset.UnixEpoch));

        Assert.Contains("\"07\"", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<notEdxml/>", "root element is not edXML")]
    [InlineData("<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"/>", "no edXMLEnvelope")]
    [InlineData("<edXML", "not well-formed")]
    public void Read_BrokenPackage_ErrorNamesTheProblem(string xml, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => EdXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AttachmentNotBase64_ErrorNamesTheProblem()
    {
        var xml = EdXmlWriter.Write(Package());
        xml.Root!.Descendants().Single(e => e.Name.LocalName == "ContentTransferEncoded").Value = "%%% not base64";

        var ex = Assert.Throws<InvalidDataException>(() => EdXmlReader.Read(new MemoryStream(Save(xml))));

        Assert.Contains("not base64", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static EdXmlPackage Package() => new()
    {
        From = new EdXmlParty("000.00.01.H99", "Ủy ban nhân dân tỉnh Thử Nghiệm"),
        To = [new EdXmlParty("000.00.12.H99", "Sở Thử Nghiệm"), new EdXmlParty(null, "Ban Quản lý Khu Mẫu")],
        Metadata = new NoticeMetadata
        {
            Type = "Thông báo",
            Number = "57/TB-UBND",
            Symbol = "TB-UBND",
            Issuer = "Ủy ban nhân dân tỉnh Thử Nghiệm",
            Place = "Thử Nghiệm",
            Date = new NoticeDate(2026, 10, 28),
            Title = "Kết luận tại cuộc họp giao ban tháng 10",
            Signer = new Signer("KT.", "Phó Chủ tịch", "Lê Văn Mẫu"),
            Urgency = "THƯỢNG KHẨN",
        },
        DueDate = new DateOnly(2026, 11, 30),
        ToPlaces = ["Sở Thử Nghiệm", "Ban Quản lý Khu Mẫu"],
        AttachmentName = "thong-bao.pdf",
        AttachmentContentType = "application/pdf",
        Attachment = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31],
    };
}
