using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Builds small PDFs and signs them as signing software does: a /Sig dictionary whose /Contents gap the /ByteRange skips.</summary>
internal static class PdfSigning
{
    private const int ContentsBytes = 8192;
    private const string RangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public static byte[] Unsigned(string text = "Thong bao thu nghiem") =>
        Encoding.Latin1.GetBytes(Revision(string.Empty, 1, [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            Stream($"BT /F1 12 Tf 60 700 Td ({text}) Tj ET"),
        ]));

    /// <summary>Appends a revision holding a signature over everything before its /Contents gap, to the end of that revision.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, DateTimeOffset signingTime, int firstObject = 10)
    {
        var revision = Revision(Encoding.Latin1.GetString(pdf), firstObject, [
            $"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached {RangePlaceholder} /Contents <{new string('0', ContentsBytes * 2)}> /M (D:{signingTime:yyyyMMddHHmmss}Z) >>",
            $"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sig{firstObject}) /Rect [0 0 0 0] /V {firstObject} 0 R >>",
        ]);
        var bytes = Encoding.Latin1.GetBytes(revision);
        var text = revision;
        var contents = text.IndexOf("/Contents <", text.LastIndexOf(RangePlaceholder, StringComparison.Ordinal), StringComparison.Ordinal) + "/Contents ".Length;
        var afterContents = contents + 2 + ContentsBytes * 2;
        var range = string.Create(CultureInfo.InvariantCulture, $"/ByteRange [0 {contents,10} {afterContents,10} {bytes.Length - afterContents,10}]");
        Encoding.Latin1.GetBytes(range).CopyTo(bytes, text.LastIndexOf(RangePlaceholder, StringComparison.Ordinal));

        var signed = bytes[..contents].Concat(bytes[afterContents..]).ToArray();
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(cmsSigner);
        var hex = Convert.ToHexString(cms.Encode());
        Encoding.ASCII.GetBytes(hex).CopyTo(bytes, contents + 1);
        return bytes;
    }

    /// <summary>An incremental update with one new object, as an editor saving over a signed file would add.</summary>
    public static byte[] AppendUpdate(byte[] pdf) =>
        Encoding.Latin1.GetBytes(Revision(Encoding.Latin1.GetString(pdf), 40, ["<< /Type /Annot /Subtype /Text /Contents (added later) >>"]));

    /// <summary>Changes one byte at the first occurrence of <paramref name="find"/>.</summary>
    public static byte[] Replace(byte[] pdf, string find, string with)
    {
        var at = Encoding.Latin1.GetString(pdf).IndexOf(find, StringComparison.Ordinal);
        var copy = (byte[])pdf.Clone();
        Encoding.Latin1.GetBytes(with).CopyTo(copy, at);
        return copy;
    }

    private static string Revision(string before, int firstObject, IReadOnlyList<string> objects)
    {
        var sb = new StringBuilder(before.Length == 0 ? "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n" : before);
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{firstObject + i} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n{firstObject} {objects.Count}\n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {firstObject + objects.Count} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return sb.ToString();
    }

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
}
