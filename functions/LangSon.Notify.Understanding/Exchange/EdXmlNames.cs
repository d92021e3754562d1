using System.Xml.Linq;

namespace LangSon.Notify.Understanding.Exchange;

/// <summary>
/// Element names of QCVN 102:2016/BTTTT (edXML, the national document exchange format, applied by Quyết định
/// 28/2018/QĐ-TTg), in the order the standard's MessageHeader and Status list them.
/// </summary>
internal static class EdXmlNames
{
    public static readonly XNamespace Ns = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public const string Prefix = "edXML";

    /// <summary>OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ.</summary>
    public static int Priority(string? urgency) => urgency?.Trim().ToUpperInvariant() switch
    {
        "KHẨN" => 1,
        "THƯỢNG KHẨN" => 2,
        "HỎA TỐC" or "HOẢ TỐC" => 3,
        "HỎA TỐC HẸN GIỜ" or "HOẢ TỐC HẸN GIỜ" => 4,
        _ => 0,
    };

    public static string? Urgency(int priority) => priority switch
    {
        1 => "KHẨN",
        2 => "THƯỢNG KHẨN",
        3 => "HỎA TỐC",
        4 => "HỎA TỐC HẸN GIỜ",
        _ => null,
    };
}
