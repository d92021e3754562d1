#!/usr/bin/env python3
"""Writes seeds/directory-2020.json and seeds/directory-2025.json.

The facts come from shared/reference/langson-agencies.md (sections cited inline). The committed JSON is the source of
truth: run this only to regenerate after editing the tables below, then review the diff.

Contacts are fictitious on purpose: e-mail is <entry id>@langson.example (a reserved domain) and mobiles are
+84 999 555 NNN, numbered in file order. Never replace them with real addresses in a seed.
"""
import json
import pathlib

SEEDS = pathlib.Path(__file__).resolve().parent.parent
UNVERIFIED_NAME = ("Tên khôi phục dấu từ danh sách không dấu của NQ 1672/NQ-UBTVQH15; chưa đối chiếu với nguồn khác "
                   "(unverified).")


class Builder:
    def __init__(self):
        self.entries = []
        self.groups = []
        self.phone = 0

    def group(self, gid, name, aliases=(), includes=(), general=False, note=None):
        g = {"id": gid, "name": name, "aliases": list(aliases), "includes": list(includes)}
        if general:
            g["general"] = True
        if note:
            g["note"] = note
        self.groups.append(g)

    def entry(self, eid, name, kind="organisation", short=(), aliases=(), parent=None, groups=(), fields=(),
              successor=None, abolished=False, unverified=False, note=None, sms=False, code=None):
        self.phone += 1
        contacts = {
            "emails": [f"{eid}@langson.example"],
            "mobiles": [f"+84999555{self.phone:03d}"],
            "channels": ["email", "sms"] if sms else ["email"],
        }
        e = {"id": eid, "name": name, "shortNames": list(short), "aliases": list(aliases), "kind": kind}
        if parent:
            e["parent"] = parent
        e["groups"] = list(groups)
        e["fields"] = list(fields)
        e["contacts"] = contacts
        if code:
            e["exchangeCode"] = code
        if successor:
            e["successor"] = successor
        if abolished:
            e["abolished"] = True
        if unverified:
            e["unverified"] = True
        if note:
            e["note"] = note
        self.entries.append(e)

    def write(self, path, effective_from, effective_to, description):
        doc = {"province": "Lạng Sơn", "effectiveFrom": effective_from}
        if effective_to:
            doc["effectiveTo"] = effective_to
        doc["description"] = description
        doc["groups"] = self.groups
        doc["entries"] = self.entries
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# §2.1 cơ quan chuyên môn, 2020: id, name, short forms, fields
SO_2020 = [
    ("so-nv", "Sở Nội vụ", ["Sở NV", "SNV"],
     ["tổ chức bộ máy", "biên chế", "cán bộ, công chức", "cải cách hành chính", "PAR INDEX", "thi đua, khen thưởng",
      "tôn giáo", "lưu trữ", "chính quyền địa phương", "người hoạt động không chuyên trách"]),
    ("so-tp", "Sở Tư pháp", ["Sở TP", "STP"],
     ["văn bản quy phạm pháp luật", "phổ biến, giáo dục pháp luật", "trợ giúp pháp lý", "hộ tịch", "công chứng",
      "lý lịch tư pháp"]),
    ("so-khdt", "Sở Kế hoạch và Đầu tư", ["Sở KH&ĐT", "SKHĐT", "Sở KHĐT", "Sở KH-ĐT"],
     ["kế hoạch phát triển kinh tế - xã hội", "đầu tư công", "thu hút đầu tư", "môi trường đầu tư", "vốn ODA",
      "quy hoạch tỉnh", "PCI", "đăng ký doanh nghiệp"]),
    ("so-tc", "Sở Tài chính", ["Sở TC", "STC"],
     ["ngân sách", "dự toán", "quản lý giá", "tài sản công", "kinh phí"]),
    ("so-ct", "Sở Công Thương", ["Sở CT", "SCT"],
     ["xuất nhập khẩu", "thương mại", "công nghiệp chế biến", "công nghiệp hỗ trợ", "sản xuất công nghiệp",
      "thị trường nội địa", "buôn lậu", "gian lận thương mại", "hàng giả", "năng lượng"]),
    ("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn",
     ["Sở NN&PTNT", "Sở NN và PTNT", "SNN", "Sở NNPTNT", "Sở Nông nghiệp và PTNT"],
     ["nông nghiệp", "lâm nghiệp", "nông thôn mới", "chăn nuôi", "dịch tả lợn", "phòng chống thiên tai", "OCOP",
      "thủy lợi", "hồ chứa nước"]),
    ("so-gtvt", "Sở Giao thông vận tải", ["Sở GTVT", "SGTVT"],
     ["giao thông nông thôn", "quốc lộ", "đường cao tốc", "tai nạn giao thông", "vận tải"]),
    ("so-xd", "Sở Xây dựng", ["Sở XD", "SXD"],
     ["quy hoạch xây dựng", "phát triển đô thị", "nhà ở", "vật liệu xây dựng", "xi măng"]),
    ("so-tnmt", "Sở Tài nguyên và Môi trường", ["Sở TN&MT", "Sở TNMT", "STNMT"],
     ["đất đai", "quỹ đất", "tài nguyên", "khoáng sản", "bảo vệ môi trường", "biến đổi khí hậu",
      "quy hoạch sử dụng đất", "giấy chứng nhận quyền sử dụng đất"]),
    ("so-tttt", "Sở Thông tin và Truyền thông", ["Sở TT&TT", "Sở TTTT", "STTTT"],
     ["thông tin, tuyên truyền", "báo chí", "viễn thông", "công nghệ thông tin", "chính quyền điện tử"]),
    ("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội",
     ["Sở LĐ-TB&XH", "Sở LĐTBXH", "SLĐTBXH", "Sở LĐ,TB&XH"],
     ["lao động", "việc làm", "người có công", "bảo trợ xã hội", "hộ nghèo", "giảm nghèo", "an sinh xã hội",
      "trẻ em", "bình đẳng giới", "giáo dục nghề nghiệp"]),
    ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch",
     ["Sở VH-TT&DL", "Sở VHTTDL", "Sở VH,TT&DL", "Sở VH-TT & DL"],
     ["văn hóa", "thể thao", "du lịch", "di tích", "lễ hội", "kỷ niệm"]),
    ("so-khcn", "Sở Khoa học và Công nghệ", ["Sở KH&CN", "Sở KHCN", "SKHCN"],
     ["khoa học", "công nghệ cao", "ứng dụng khoa học kỹ thuật", "tiêu chuẩn đo lường", "sở hữu trí tuệ"]),
    ("so-gddt", "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT", "Sở GDĐT", "SGDĐT"],
     ["giáo dục", "thi tốt nghiệp", "THPT", "trung học phổ thông", "tuyển sinh", "trường học", "học sinh"]),
    ("so-yt", "Sở Y tế", ["Sở YT", "SYT"],
     ["y tế", "COVID-19", "dịch bệnh", "cách ly", "an toàn thực phẩm", "giá thuốc", "khám chữa bệnh"]),
    ("so-ngv", "Sở Ngoại vụ", ["Sở NgV", "SNgV"],
     ["đối ngoại", "biên giới", "Trung Quốc", "Quảng Tây", "lãnh sự"]),
    ("thanh-tra-tinh", "Thanh tra tỉnh", ["TTr tỉnh"],
     ["thanh tra", "khiếu nại, tố cáo", "tiếp công dân", "phòng, chống tham nhũng", "đơn thư"]),
    ("ban-dan-toc", "Ban Dân tộc tỉnh", ["Ban DT", "BDT", "Ban Dân tộc"],
     ["dân tộc", "Chương trình 135", "người có uy tín"]),
]

# §2.2 ngành dọc: id, name, short forms, fields, note
NGANH_DOC = [
    ("cong-an-tinh", "Công an tỉnh Lạng Sơn", ["Công an tỉnh", "CA tỉnh", "CAT"],
     ["an ninh", "trật tự an toàn xã hội", "xuất cảnh trái phép", "xuất nhập cảnh trái phép", "tai nạn giao thông"], None),
    ("bchqs-tinh", "Bộ Chỉ huy Quân sự tỉnh", ["Bộ CHQS tỉnh", "BCH QS tỉnh", "BCHQS", "Bộ Chỉ huy quân sự tỉnh"],
     ["quốc phòng", "dân quân", "tuyển quân"], None),
    ("bdbp-tinh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ["BĐBP tỉnh", "BCH BĐBP tỉnh", "Bộ CH BĐBP tỉnh", "Bộ đội Biên phòng tỉnh"],
     ["quản lý biên giới", "tuyến biên giới", "cư dân biên giới", "xuất cảnh trái phép", "buôn lậu"], None),
    ("cuc-thue", "Cục Thuế tỉnh", ["Cục Thuế"], ["thuế", "nợ thuế", "thu ngân sách"], None),
    ("cuc-hai-quan", "Cục Hải quan tỉnh Lạng Sơn", ["Cục HQ tỉnh", "Cục Hải quan tỉnh", "Cục Hải quan"],
     ["hải quan", "thông quan", "xuất nhập khẩu hàng hóa"], None),
    ("kbnn-tinh", "Kho bạc Nhà nước tỉnh", ["KBNN tỉnh", "Kho bạc Nhà nước Lạng Sơn"], ["giải ngân", "kho bạc"], None),
    ("nhnn-tinh", "Ngân hàng Nhà nước Chi nhánh tỉnh Lạng Sơn", ["NHNN CN tỉnh", "Ngân hàng Nhà nước tỉnh"],
     ["tín dụng", "ngân hàng"], "Unverified in the reference corpus; well-established."),
    ("cuc-thong-ke", "Cục Thống kê tỉnh", ["CTK tỉnh", "Cục Thống kê"], ["thống kê"], None),
    ("bhxh-tinh", "Bảo hiểm xã hội tỉnh", ["BHXH tỉnh"], ["bảo hiểm xã hội", "bảo hiểm y tế"],
     "Unverified in the reference corpus; well-established."),
    ("tand-tinh", "Tòa án nhân dân tỉnh", ["TAND tỉnh"], ["xét xử"], None),
    ("vksnd-tinh", "Viện Kiểm sát nhân dân tỉnh", ["VKSND tỉnh"], ["kiểm sát"],
     "Unverified in the reference corpus; well-established."),
    ("cuc-qltt", "Cục Quản lý thị trường tỉnh", ["Cục QLTT"], ["quản lý thị trường", "hàng giả", "gian lận thương mại"], None),
    ("cuc-thads", "Cục Thi hành án dân sự tỉnh", ["Cục THADS"], ["thi hành án"], "Unverified."),
    ("buu-dien-tinh", "Bưu điện tỉnh Lạng Sơn", ["Bưu điện tỉnh"], ["bưu chính"], None),
    ("dien-luc", "Công ty Điện lực Lạng Sơn", ["Điện lực Lạng Sơn", "PC Lạng Sơn"], ["điện lực", "cung cấp điện"], None),
]

# §3: district-level units in 2020: id suffix, name, is city
DISTRICTS = [
    ("tp-lang-son", "Lạng Sơn", True),
    ("trang-dinh", "Tràng Định", False),
    ("van-lang", "Văn Lãng", False),
    ("van-quan", "Văn Quan", False),
    ("binh-gia", "Bình Gia", False),
    ("bac-son", "Bắc Sơn", False),
    ("huu-lung", "Hữu Lũng", False),
    ("chi-lang", "Chi Lăng", False),
    ("cao-loc", "Cao Lộc", False),
    ("loc-binh", "Lộc Bình", False),
    ("dinh-lap", "Đình Lập", False),
]

# §4: the 65 commune-level units from 1/7/2025: name, ascii id, cross-checked (italics in the reference)
PHUONG_2025 = [("Tam Thanh", "tam-thanh", False), ("Lương Văn Tri", "luong-van-tri", True),
               ("Kỳ Lừa", "ky-lua", False), ("Đông Kinh", "dong-kinh", False)]
XA_2025 = [
    ("Thất Khê", "that-khe", True), ("Đoàn Kết", "doan-ket", True), ("Tân Tiến", "tan-tien", True),
    ("Tràng Định", "trang-dinh", False), ("Quốc Khánh", "quoc-khanh", True), ("Kháng Chiến", "khang-chien", True),
    ("Quốc Việt", "quoc-viet", False), ("Bình Gia", "binh-gia", False), ("Tân Văn", "tan-van", False),
    ("Hồng Phong", "hong-phong", False), ("Hoa Thám", "hoa-tham", False), ("Quý Hòa", "quy-hoa", False),
    ("Thiện Hòa", "thien-hoa", False), ("Thiện Thuật", "thien-thuat", False), ("Thiện Long", "thien-long", False),
    ("Bắc Sơn", "bac-son", False), ("Hưng Vũ", "hung-vu", False), ("Vũ Lăng", "vu-lang", False),
    ("Nhất Hòa", "nhat-hoa", False), ("Vũ Lễ", "vu-le", False), ("Tân Tri", "tan-tri", False),
    ("Văn Quan", "van-quan", False), ("Điềm He", "diem-he", False), ("Yên Phúc", "yen-phuc", False),
    ("Tri Lễ", "tri-le", False), ("Tân Đoàn", "tan-doan", False), ("Khánh Khê", "khanh-khe", True),
    ("Na Sầm", "na-sam", True), ("Hoàng Văn Thụ", "hoang-van-thu", True), ("Thụy Hùng", "thuy-hung", True),
    ("Văn Lãng", "van-lang", False), ("Hội Hoan", "hoi-hoan", True), ("Lộc Bình", "loc-binh", True),
    ("Mẫu Sơn", "mau-son", True), ("Na Dương", "na-duong", False), ("Lợi Bác", "loi-bac", False),
    ("Thống Nhất", "thong-nhat", False), ("Xuân Dương", "xuan-duong", False), ("Khuất Xá", "khuat-xa", True),
    ("Đình Lập", "dinh-lap", False), ("Thái Bình", "thai-binh", False), ("Châu Sơn", "chau-son", False),
    ("Kiên Mộc", "kien-moc", False), ("Hữu Lũng", "huu-lung", True), ("Tuấn Sơn", "tuan-son", False),
    ("Tân Thành", "tan-thanh", False), ("Vân Nham", "van-nham", False), ("Thiện Tân", "thien-tan", True),
    ("Yên Bình", "yen-binh", False), ("Hữu Liên", "huu-lien", False), ("Cai Kinh", "cai-kinh", False),
    ("Chi Lăng", "chi-lang", True), ("Quan Sơn", "quan-son", True), ("Chiến Thắng", "chien-thang", True),
    ("Nhân Lý", "nhan-ly", True), ("Bằng Mạc", "bang-mac", True), ("Vạn Linh", "van-linh", True),
    ("Đồng Đăng", "dong-dang", True), ("Cao Lộc", "cao-loc", False), ("Công Sơn", "cong-son", False),
    ("Ba Sơn", "ba-son", False),
]
TAN_THANH_NOTE = ("Nguồn ghi \"Tan Thanh\"; nằm trong nhóm xã của Hữu Lũng nên có lẽ không phải cửa khẩu Tân Thanh "
                  "(Văn Lãng) (unverified).")


def provincial_leadership(b, year):
    """§1: Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, their leaders and offices."""
    b.group("pho-bi-thu-tinh-uy", "Các Phó Bí thư Tỉnh ủy", ["Các đồng chí Phó Bí thư Tỉnh ủy"])
    b.group("thuong-truc-tinh-uy", "Thường trực Tỉnh ủy", ["TT Tỉnh ủy", "Bí thư, Phó Bí thư Tỉnh ủy"],
            includes=["pho-bi-thu-tinh-uy"])
    b.group("pho-chu-tich-hdnd-tinh", "Các Phó Chủ tịch HĐND tỉnh")
    b.group("thuong-truc-hdnd-tinh", "Thường trực HĐND tỉnh", ["TT HĐND tỉnh", "Chủ tịch, các Phó Chủ tịch HĐND tỉnh"],
            includes=["pho-chu-tich-hdnd-tinh"])
    b.group("pho-chu-tich-ubnd-tinh", "Các Phó Chủ tịch UBND tỉnh", ["Các PCT UBND tỉnh"])
    b.group("lanh-dao-ubnd-tinh", "Lãnh đạo UBND tỉnh", ["Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Thường trực UBND tỉnh"],
            includes=["pho-chu-tich-ubnd-tinh"])
    b.group("lanh-dao-doan-dbqh", "Lãnh đạo Đoàn ĐBQH tỉnh", ["Lãnh đạo Đoàn đại biểu Quốc hội tỉnh"])
    b.group("ban-dang-tinh-uy", "Các Ban Đảng Tỉnh ủy", ["Các Ban của Tỉnh ủy", "Các Ban xây dựng Đảng Tỉnh ủy"])
    b.group("ban-hdnd-tinh", "Các Ban của HĐND tỉnh", ["Các Ban HĐND tỉnh"])
    b.group("lanh-dao-vp-ubnd", "Lãnh đạo Văn phòng UBND tỉnh", ["Lãnh đạo VP UBND tỉnh", "C, PVP UBND tỉnh"])
    b.group("phong-don-vi-vp-ubnd", "Các phòng, đơn vị trực thuộc Văn phòng UBND tỉnh",
            ["Các phòng, đơn vị trực thuộc VP", "Các phòng, đơn vị thuộc VP", "Các phòng, đơn vị trực thuộc VP UBND tỉnh",
             "Các phòng, đơn vị thuộc Văn phòng", "Các phòng chuyên môn Văn phòng UBND tỉnh", "Các phòng CV"])

    b.entry("tinh-uy", "Tỉnh ủy Lạng Sơn", aliases=["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy"])
    b.entry("bi-thu-tinh-uy", "Bí thư Tỉnh ủy", "position", parent="tinh-uy", groups=["thuong-truc-tinh-uy"], sms=True,
            aliases=["Bí thư Tỉnh ủy Lạng Sơn", "BT Tỉnh ủy"])
    b.entry("pho-bi-thu-tt-tinh-uy", "Phó Bí thư Thường trực Tỉnh ủy", "position", parent="tinh-uy",
            groups=["pho-bi-thu-tinh-uy"], sms=True, aliases=["PBTTT Tỉnh ủy"])
    b.entry("pho-bi-thu-tinh-uy", "Phó Bí thư Tỉnh ủy", "position", parent="tinh-uy", groups=["pho-bi-thu-tinh-uy"],
            sms=True, note="One entry for the other deputies; its contacts reach each of them.")
    b.entry("vp-tinh-uy", "Văn phòng Tỉnh ủy", short=["VP Tỉnh ủy", "VPTU"], parent="tinh-uy")
    bans = [("ban-to-chuc-tu", "Ban Tổ chức Tỉnh ủy", ["BTC Tỉnh ủy"], ["công tác cán bộ", "tổ chức đảng"], False),
            ("ban-noi-chinh-tu", "Ban Nội chính Tỉnh ủy", ["BNC Tỉnh ủy"], ["phòng, chống tham nhũng", "nội chính"], False)]
    if year == 2020:
        bans += [("ban-tuyen-giao-tu", "Ban Tuyên giáo Tỉnh ủy", ["BTG Tỉnh ủy"], ["tuyên truyền", "tuyên giáo"], False),
                 ("ban-dan-van-tu", "Ban Dân vận Tỉnh ủy", ["BDV Tỉnh ủy"], ["dân vận"], True)]
    else:
        bans += [("ban-tgdv-tu", "Ban Tuyên giáo và Dân vận Tỉnh ủy", ["Ban TG&DV Tỉnh ủy"],
                  ["tuyên truyền", "tuyên giáo", "dân vận"], True)]
    for bid, name, short, fields, unverified in bans:
        b.entry(bid, name, short=short, parent="tinh-uy", groups=["ban-dang-tinh-uy"], fields=fields,
                unverified=unverified, note="Unverified for Lạng Sơn (§1.1)." if unverified else None)
    if year == 2025:
        for bid, name, succ in [("ban-tuyen-giao-tu", "Ban Tuyên giáo Tỉnh ủy", "ban-tgdv-tu"),
                                ("ban-dan-van-tu", "Ban Dân vận Tỉnh ủy", "ban-tgdv-tu")]:
            b.entry(bid, name, parent="tinh-uy", successor=succ, abolished=True, unverified=True,
                    note="Merged into Ban Tuyên giáo và Dân vận Tỉnh ủy in 2025 (unverified for Lạng Sơn, §1.1).")
    b.entry("ubkt-tinh-uy", "Ủy ban Kiểm tra Tỉnh ủy", short=["UBKT Tỉnh ủy"], parent="tinh-uy",
            fields=["kiểm tra, giám sát đảng"])
    if year == 2020:
        b.entry("dang-uy-khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh", short=["ĐUK các cơ quan tỉnh"], parent="tinh-uy")
        b.entry("dang-uy-khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh", short=["ĐUK Doanh nghiệp tỉnh"],
                parent="tinh-uy", unverified=True, note="Unverified in the reference corpus (§1.1).")
    else:
        b.entry("dang-uy-ubnd-tinh", "Đảng ủy UBND tỉnh", parent="tinh-uy", unverified=True,
                note="2025 regrouping of Party committees; unverified for Lạng Sơn (§1.1).")
        b.entry("dang-uy-co-quan-dang", "Đảng ủy các cơ quan Đảng tỉnh", parent="tinh-uy", unverified=True,
                note="2025 regrouping of Party committees; unverified for Lạng Sơn (§1.1).")
        b.entry("dang-uy-khoi-co-quan", "Đảng ủy Khối các cơ quan tỉnh", parent="tinh-uy", abolished=True,
                successor="dang-uy-ubnd-tinh", unverified=True,
                note="Regrouped in 2025 into Đảng ủy UBND tỉnh and Đảng ủy các cơ quan Đảng tỉnh (unverified, §1.1).")
    b.entry("truong-chinh-tri", "Trường Chính trị Hoàng Văn Thụ", parent="tinh-uy", unverified=True,
            fields=["đào tạo lý luận chính trị"], note="Unverified in the reference corpus (§1.1).")

    b.entry("hdnd-tinh", "Hội đồng nhân dân tỉnh Lạng Sơn", short=["HĐND tỉnh"], aliases=["Hội đồng nhân dân tỉnh"])
    b.entry("chu-tich-hdnd-tinh", "Chủ tịch HĐND tỉnh", "position", parent="hdnd-tinh", groups=["thuong-truc-hdnd-tinh"],
            sms=True)
    b.entry("pho-chu-tich-tt-hdnd-tinh", "Phó Chủ tịch Thường trực HĐND tỉnh", "position", parent="hdnd-tinh",
            groups=["pho-chu-tich-hdnd-tinh"], sms=True)
    b.entry("pho-chu-tich-hdnd-tinh", "Phó Chủ tịch HĐND tỉnh", "position", parent="hdnd-tinh",
            groups=["pho-chu-tich-hdnd-tinh"], sms=True,
            note="One entry for the other deputies; its contacts reach each of them.")
    for bid, name, short, fields, unverified in [
            ("ban-ktns-hdnd", "Ban Kinh tế - Ngân sách HĐND tỉnh", ["Ban KT-NS HĐND tỉnh"], [], True),
            ("ban-vhxh-hdnd", "Ban Văn hóa - Xã hội HĐND tỉnh", ["Ban VH-XH HĐND tỉnh"], [], True),
            ("ban-phap-che-hdnd", "Ban Pháp chế HĐND tỉnh", ["Ban PC HĐND tỉnh"], [], True),
            ("ban-dan-toc-hdnd", "Ban Dân tộc HĐND tỉnh", ["Ban DT HĐND tỉnh"], [], False)]:
        b.entry(bid, name, short=short, parent="hdnd-tinh", groups=["ban-hdnd-tinh"], fields=fields,
                unverified=unverified, note="Standard under the 2015 law; the name is unverified for Lạng Sơn (§1.2)."
                if unverified else None)
    if year == 2020:
        b.entry("vp-hdnd-tinh", "Văn phòng HĐND tỉnh", short=["VP HĐND tỉnh"],
                aliases=["Văn phòng Hội đồng nhân dân tỉnh"], parent="hdnd-tinh")
    else:
        b.entry("vp-doan-dbqh-hdnd", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", short=["VP Đoàn ĐBQH và HĐND tỉnh"],
                parent="hdnd-tinh", unverified=True,
                note="The two offices merged from 2021; the date is unverified for Lạng Sơn (§1.2).")
        b.entry("vp-hdnd-tinh", "Văn phòng HĐND tỉnh", short=["VP HĐND tỉnh"], parent="hdnd-tinh", abolished=True,
                successor="vp-doan-dbqh-hdnd", note="Merged into Văn phòng Đoàn ĐBQH và HĐND tỉnh (from 2021, unverified).")

    b.entry("ubnd-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", short=["UBND tỉnh"], aliases=["Ủy ban nhân dân tỉnh"])
    b.entry("chu-tich-ubnd-tinh", "Chủ tịch UBND tỉnh", "position", parent="ubnd-tinh", groups=["lanh-dao-ubnd-tinh"],
            sms=True, note="Vacant from 2/2020 to 17/7/2020; Hồ Tiến Thiệu ran UBND tỉnh as Phó Chủ tịch phụ trách (§1.3)."
            if year == 2020 else None)
    b.entry("pho-chu-tich-tt-ubnd-tinh", "Phó Chủ tịch Thường trực UBND tỉnh", "position", parent="ubnd-tinh",
            groups=["pho-chu-tich-ubnd-tinh"], sms=True, aliases=["PCT TT UBND tỉnh", "PCTTT UBND tỉnh"])
    b.entry("pho-chu-tich-ubnd-tinh", "Phó Chủ tịch UBND tỉnh", "position", parent="ubnd-tinh",
            groups=["pho-chu-tich-ubnd-tinh"], sms=True,
            note="One entry for the other deputies; its contacts reach each of them.")

    b.entry("doan-dbqh", "Đoàn đại biểu Quốc hội tỉnh Lạng Sơn", short=["Đoàn ĐBQH tỉnh"],
            aliases=["Đoàn đại biểu Quốc hội tỉnh"])
    b.entry("truong-doan-dbqh", "Trưởng Đoàn ĐBQH tỉnh", "position", parent="doan-dbqh", groups=["lanh-dao-doan-dbqh"],
            sms=True)
    b.entry("pho-truong-doan-dbqh", "Phó Trưởng Đoàn ĐBQH tỉnh", "position", parent="doan-dbqh",
            groups=["lanh-dao-doan-dbqh"], sms=True)
    if year == 2020:
        b.entry("vp-doan-dbqh", "Văn phòng Đoàn ĐBQH tỉnh", short=["VP Đoàn ĐBQH tỉnh"], parent="doan-dbqh")
    else:
        b.entry("vp-doan-dbqh", "Văn phòng Đoàn ĐBQH tỉnh", short=["VP Đoàn ĐBQH tỉnh"], parent="doan-dbqh",
                abolished=True, successor="vp-doan-dbqh-hdnd",
                note="Merged into Văn phòng Đoàn ĐBQH và HĐND tỉnh (from 2021, unverified).")


def mttq(b, year):
    """§1.5: the Front and the mass organisations."""
    b.group("doan-the-tinh", "Các đoàn thể tỉnh",
            ["Các đoàn thể", "Các tổ chức chính trị - xã hội tỉnh", "Các tổ chức chính trị - xã hội"])
    b.group("mttq-doan-the-tinh", "Ủy ban MTTQ và các đoàn thể tỉnh",
            ["Ủy ban MTTQ Việt Nam và các đoàn thể tỉnh", "Mặt trận Tổ quốc và đoàn thể"], includes=["doan-the-tinh"])
    note_2025 = "Placed under the MTTQ nationally in 2025 (unverified details, §1.5)." if year == 2025 else None
    b.entry("ubmttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn",
            short=["Ủy ban MTTQ tỉnh", "UBMTTQ tỉnh"],
            aliases=["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh",
                     "Mặt trận Tổ quốc tỉnh", "UBMTTQVN tỉnh"],
            groups=["mttq-doan-the-tinh"], fields=["đại đoàn kết", "giám sát, phản biện xã hội"])
    for eid, name, short, fields, unverified in [
            ("ldld-tinh", "Liên đoàn Lao động tỉnh", ["LĐLĐ tỉnh"], ["công đoàn", "người lao động"], False),
            ("hoi-lhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", ["Hội LHPN tỉnh"], ["phụ nữ"], False),
            ("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", ["Hội ND tỉnh", "HND tỉnh"], ["nông dân"], True),
            ("tinh-doan", "Tỉnh đoàn Lạng Sơn", ["Tỉnh đoàn", "Tỉnh Đoàn"],
             ["thanh niên", "Đoàn TNCS Hồ Chí Minh"], False),
            ("hoi-ccb-tinh", "Hội Cựu chiến binh tỉnh", ["Hội CCB tỉnh"], ["cựu chiến binh"], False)]:
        aliases = ["Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"] if eid == "tinh-doan" else []
        notes = [n for n in ["The provincial body is unverified in the corpus (§1.5)." if unverified else None, note_2025] if n]
        b.entry(eid, name, short=short, aliases=aliases, groups=["doan-the-tinh"], fields=fields, unverified=unverified,
                note=" ".join(notes) or None)


def departments(b, year):
    """§2.1 and §2.2, with the 1/3/2025 merges (§4) for 2025."""
    b.group("co-quan-chuyen-mon", "Các cơ quan chuyên môn thuộc UBND tỉnh",
            ["Các sở", "Các sở, ban", "Các cơ quan chuyên môn", "Các sở, ban thuộc UBND tỉnh"])
    b.group("don-vi-thuoc-ubnd-tinh", "Các đơn vị thuộc UBND tỉnh", ["Các ban quản lý thuộc UBND tỉnh"])
    b.group("nganh-doc", "Các cơ quan Trung ương đóng trên địa bàn tỉnh",
            ["Các cơ quan ngành dọc", "Các cơ quan ngành dọc trên địa bàn tỉnh"])
    b.group("so-ban-nganh", "Các sở, ban, ngành",
            ["Các sở, ban, ngành tỉnh", "Các sở, ngành", "Các sở, ngành tỉnh", "Các sở, ban ngành", "Các ban, ngành",
             "Các sở, ngành chức năng", "Các sở, ban, ngành chức năng", "Các sở, ban, ngành liên quan",
             "Các sở, ngành liên quan", "Các sở, ban, ngành thuộc tỉnh", "Sở, ban, ngành", "Sở, ngành"],
            includes=["co-quan-chuyen-mon", "don-vi-thuoc-ubnd-tinh", "nganh-doc"])

    b.entry("vp-ubnd-tinh", "Văn phòng UBND tỉnh", short=["VP UBND tỉnh", "VPUBND"],
            aliases=["Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn"], parent="ubnd-tinh", groups=["co-quan-chuyen-mon"],
            fields=["kiểm soát thủ tục hành chính", "hành chính công"])
    merged_2025 = {
        "so-khdt": "so-tc", "so-nnptnt": "so-nnmt", "so-tnmt": "so-nnmt", "so-gtvt": "so-xd",
        "so-tttt": "so-khcn", "so-ldtbxh": "so-nv", "ban-dan-toc": "so-dttg",
    }
    fields_by_id = {sid: fields for sid, _, _, fields in SO_2020}
    for sid, name, short, fields in SO_2020:
        if year == 2025 and sid in merged_2025:
            continue
        extra, note = [], None
        if year == 2025:
            absorbed = [k for k, v in merged_2025.items() if v == sid]
            for k in absorbed:
                extra += fields_by_id[k]
            if sid == "so-nv":
                fields = [f for f in fields if f != "tôn giáo"]
            if sid == "so-ct":
                extra += ["quản lý thị trường"]
                note = "Took over the provincial market-surveillance department from Bộ Công Thương on 1/3/2025 (§4)."
            if sid in ("so-tp", "so-vhttdl", "so-gddt", "so-yt"):
                note = "Continues after 1/3/2025 (unverified, §2.1)."
            if sid == "so-ngv":
                note = "Kept in 2025 (a border province); functions re-issued by QĐ 50/2025/QĐ-UBND (§4)."
            if sid == "thanh-tra-tinh":
                note = "Restructured nationally in 2025 (unverified for Lạng Sơn, §2.1)."
        if year == 2020 and sid == "so-ngv":
            note = "Short form SNgV is unverified (§2.1)."
        b.entry(sid, name, short=short, parent="ubnd-tinh", groups=["co-quan-chuyen-mon"], fields=fields + extra,
                note=note)
    if year == 2025:
        b.entry("so-nnmt", "Sở Nông nghiệp và Môi trường", short=["Sở NN&MT", "Sở NNMT"], parent="ubnd-tinh",
                groups=["co-quan-chuyen-mon"], fields=fields_by_id["so-nnptnt"] + fields_by_id["so-tnmt"],
                note="Sở NN&PTNT + Sở TN&MT from 1/3/2025 (§4).")
        b.entry("so-dttg", "Sở Dân tộc và Tôn giáo", short=["Sở DT&TG", "Sở DTTG"], parent="ubnd-tinh",
                groups=["co-quan-chuyen-mon"], fields=fields_by_id["ban-dan-toc"] + ["tôn giáo"],
                note="Ban Dân tộc + the religion function of Sở Nội vụ from 1/3/2025 (§4).")
        for sid, name, short, _ in SO_2020:
            if sid in merged_2025:
                succ = merged_2025[sid]
                b.entry(sid, name, short=short, parent="ubnd-tinh", successor=succ, abolished=True,
                        note=f"Merged on 1/3/2025 (NQ 04 of HĐND tỉnh, 18/2/2025, §4).")
    b.entry("bql-kktck", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
            short=["BQL KKTCK Đồng Đăng - Lạng Sơn", "BQL KKT cửa khẩu", "BQLKKTCK", "Ban Quản lý KKTCK"],
            aliases=["Ban Quản lý Khu kinh tế cửa khẩu"], parent="ubnd-tinh", groups=["don-vi-thuoc-ubnd-tinh"],
            fields=["khu kinh tế", "cửa khẩu", "thông quan"], code="BQLKKTCK")
    b.entry("bqlda-dtxd", "Ban Quản lý dự án đầu tư xây dựng tỉnh", short=["BQLDA ĐTXD tỉnh"], parent="ubnd-tinh",
            groups=["don-vi-thuoc-ubnd-tinh"], fields=["dự án đầu tư xây dựng"], unverified=(year == 2020),
            note="Its 2020 status is unverified (§2.1)." if year == 2020 else None)
    for eid, name, short, fields, note in NGANH_DOC:
        if year == 2025 and eid == "cuc-qltt":
            b.entry(eid, name, short=short, successor="so-ct", abolished=True,
                    note="Moved under Sở Công Thương on 1/3/2025; its new name is unverified (§2.2, §4).")
            continue
        if year == 2025 and eid in ("cuc-thue", "cuc-hai-quan", "kbnn-tinh", "nhnn-tinh", "cuc-thong-ke"):
            note = "Regionalised or renamed nationally in 2025; the current name is unverified (§4)."
        b.entry(eid, name, short=short, groups=["nganh-doc"], fields=fields, note=note,
                unverified=note is not None and "nverified" in note)


def office_and_press(b, year):
    """§1.3 Văn phòng UBND tỉnh leaders, divisions and units; §2.4 press."""
    b.entry("chanh-vp-ubnd", "Chánh Văn phòng UBND tỉnh", "position", parent="vp-ubnd-tinh", groups=["lanh-dao-vp-ubnd"],
            sms=True, aliases=["CVP UBND tỉnh"])
    b.entry("pho-chanh-vp-ubnd", "Phó Chánh Văn phòng UBND tỉnh", "position", parent="vp-ubnd-tinh",
            groups=["lanh-dao-vp-ubnd"], sms=True, aliases=["PCVP UBND tỉnh", "PVP UBND tỉnh"],
            note="One entry for the deputies; its contacts reach each of them.")
    for eid, name, short, fields, kind, unverified in [
            ("phong-thnc", "Phòng Tổng hợp - Nội chính", ["Phòng THNC"],
             ["an ninh", "nội chính", "tổ chức bộ máy", "khiếu nại, tố cáo"], "division", False),
            ("phong-kgvx", "Phòng Khoa giáo - Văn xã", ["Phòng KGVX"],
             ["giáo dục", "y tế", "văn hóa", "lao động"], "division", False),
            ("phong-kt", "Phòng Kinh tế", ["Phòng KT"], ["kinh tế", "đầu tư công"], "division", True),
            ("phong-hcqt", "Phòng Hành chính - Quản trị", ["Phòng HCQT"], [], "division", True),
            ("ban-tiep-cong-dan", "Ban Tiếp công dân tỉnh", ["Ban TCD tỉnh"], ["tiếp công dân"], "unit", False),
            ("ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh", ["TTPVHCC", "Trung tâm HCC"],
             ["thủ tục hành chính", "4 tại chỗ"], "unit", False),
            ("trung-tam-thong-tin", "Trung tâm Thông tin tỉnh", [], ["cổng thông tin điện tử"], "unit", True)]:
        aliases = ["Trung tâm Phục vụ hành chính công của tỉnh"] if eid == "ttpvhcc" else []
        b.entry(eid, name, kind, short=short, aliases=aliases, parent="vp-ubnd-tinh", groups=["phong-don-vi-vp-ubnd"],
                fields=fields, unverified=unverified,
                note="Unverified for Lạng Sơn (§1.3, §5.5)." if unverified else None)

    if year == 2020:
        b.entry("bao-lang-son", "Báo Lạng Sơn", short=["Báo LS"], fields=["báo chí"])
        b.entry("dai-ptth", "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn",
                short=["Đài PT-TH tỉnh", "Đài PTTH tỉnh", "LSTV"],
                aliases=["Đài PT và TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"], parent="ubnd-tinh",
                fields=["phát thanh", "truyền hình"])
    else:
        b.entry("bao-ptth", "Báo và Phát thanh, Truyền hình Lạng Sơn",
                short=["Báo và Đài PT-TH Lạng Sơn"], fields=["báo chí", "phát thanh", "truyền hình"], unverified=True,
                note="Báo Lạng Sơn + Đài PT-TH; the merger date is unverified, the name appears in a 3/2026 report (§2.4).")
        b.entry("bao-lang-son", "Báo Lạng Sơn", short=["Báo LS"], abolished=True, successor="bao-ptth",
                note="Merged with Đài PT-TH (date unverified, §2.4).")
        b.entry("dai-ptth", "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn", short=["Đài PT-TH tỉnh", "Đài PTTH tỉnh"],
                aliases=["Đài PT và TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"], abolished=True,
                successor="bao-ptth", note="Merged with Báo Lạng Sơn (date unverified, §2.4).")


def districts(b, year):
    """§3: the 11 district-level units; abolished on 1/7/2025 (§4)."""
    gone = "The district level was abolished on 1/7/2025; the xã and phường took over (§4)." if year == 2025 else None
    b.group("huyen-uy", "Các Huyện ủy", ["Huyện ủy các huyện"], note=gone)
    b.group("cap-uy-huyen", "Các Huyện ủy, Thành ủy", ["Huyện ủy, Thành ủy"], includes=["huyen-uy"], note=gone)
    b.group("hdnd-huyen", "HĐND các huyện, thành phố", ["HĐND huyện, thành phố", "HĐND cấp huyện", "HĐND các huyện"],
            note=gone)
    b.group("ubnd-huyen", "UBND các huyện, thành phố",
            ["UBND huyện, thành phố", "UBND cấp huyện", "UBND các huyện", "Các huyện, thành phố", "Các huyện",
             "Các huyện, thành phố trên địa bàn tỉnh"], note=gone)
    b.group("hdnd-ubnd-huyen", "HĐND, UBND các huyện, thành phố", ["HĐND, UBND huyện, thành phố"],
            includes=["hdnd-huyen", "ubnd-huyen"], note=gone)
    for did, name, city in DISTRICTS:
        unit = "thành phố" if city else "huyện"
        full = f"{unit} {name}"
        party = f"Thành ủy {name}" if city else f"Huyện ủy {name}"
        extra = dict(abolished=year == 2025, note=gone)
        b.entry(f"{'thanh-uy' if city else 'huyen-uy'}-{did.removeprefix('tp-')}", party,
                aliases=(["Thành ủy", "Thành ủy thành phố Lạng Sơn"] if city else [f"Huyện ủy huyện {name}"]),
                groups=(["cap-uy-huyen"] if city else ["huyen-uy"]), **extra)
        b.entry(f"hdnd-{did}", f"Hội đồng nhân dân {full}", short=[f"HĐND {full}"],
                aliases=(["HĐND thành phố", "HĐND TP Lạng Sơn", "HĐND TP"] if city else []), groups=["hdnd-huyen"], **extra)
        b.entry(f"ubnd-{did}", f"Ủy ban nhân dân {full}", short=[f"UBND {full}"],
                aliases=([full, "UBND thành phố", "UBND TP Lạng Sơn", "UBND TP", "TP Lạng Sơn"] if city else [full]),
                groups=["ubnd-huyen"], **extra)


def communes_2025(b):
    """§4: the 65 xã and phường from 1/7/2025, each with HĐND and UBND."""
    b.group("ubnd-xa", "UBND các xã", ["UBND xã", "Các xã"])
    b.group("ubnd-phuong", "UBND các phường", ["UBND phường", "Các phường"])
    b.group("ubnd-xa-phuong", "UBND các xã, phường",
            ["UBND xã, phường", "UBND cấp xã", "Các xã, phường", "UBND các xã, phường trên địa bàn tỉnh"], includes=["ubnd-xa", "ubnd-phuong"])
    b.group("hdnd-xa", "HĐND các xã", ["HĐND xã"])
    b.group("hdnd-phuong", "HĐND các phường", ["HĐND phường"])
    b.group("hdnd-xa-phuong", "HĐND các xã, phường", ["HĐND xã, phường", "HĐND cấp xã"],
            includes=["hdnd-xa", "hdnd-phuong"])
    b.group("hdnd-ubnd-xa-phuong", "HĐND, UBND các xã, phường", ["HĐND, UBND xã, phường", "HĐND, UBND cấp xã"],
            includes=["hdnd-xa-phuong", "ubnd-xa-phuong"])
    for units, unit, body_groups in [(PHUONG_2025, "phường", ("hdnd-phuong", "ubnd-phuong")),
                                     (XA_2025, "xã", ("hdnd-xa", "ubnd-xa"))]:
        for name, slug, checked in units:
            notes = [] if checked else [UNVERIFIED_NAME]
            if slug == "tan-thanh":
                notes.append(TAN_THANH_NOTE)
            prefix = "phuong" if unit == "phường" else "xa"
            for body, abbrev, group in [("Hội đồng nhân dân", "HĐND", body_groups[0]),
                                        ("Ủy ban nhân dân", "UBND", body_groups[1])]:
                aliases = [f"{unit} {name}"] if abbrev == "UBND" else []
                b.entry(f"{abbrev.lower().replace('đ', 'd')}-{prefix}-{slug}", f"{body} {unit} {name}",
                        short=[f"{abbrev} {unit} {name}"], aliases=aliases, groups=[group],
                        unverified=not checked, note=" ".join(notes) or None)


def general_groups(b, year):
    b.group("cac-cap-cac-nganh", "Các cấp, các ngành",
            ["Các ngành, các cấp", "Các cấp, ngành", "Các ngành, địa phương", "Các sở, ngành, địa phương"],
            includes=["so-ban-nganh", "ubnd-huyen" if year == 2020 else "ubnd-xa-phuong"], general=True)


def build_2020():
    b = Builder()
    provincial_leadership(b, 2020)
    mttq(b, 2020)
    departments(b, 2020)
    office_and_press(b, 2020)
    districts(b, 2020)
    general_groups(b, 2020)
    b.write(SEEDS / "directory-2020.json", "2020-01-01", "2025-06-30",
            "Lạng Sơn agencies in force from NQ 818/NQ-UBTVQH14 (2020) until the district level ended. "
            "Sample contacts only: *.example mailboxes, +84 999 555 NNN mobiles.")


def build_2025():
    b = Builder()
    provincial_leadership(b, 2025)
    mttq(b, 2025)
    departments(b, 2025)
    office_and_press(b, 2025)
    districts(b, 2025)
    communes_2025(b)
    general_groups(b, 2025)
    b.write(SEEDS / "directory-2025.json", "2025-07-01", None,
            "Lạng Sơn agencies from 1/7/2025: two-level local government (65 xã and phường), the sở as merged on "
            "1/3/2025. Abolished bodies are kept with their successor so that old names are recognised. "
            "Sample contacts only: *.example mailboxes, +84 999 555 NNN mobiles.")


if __name__ == "__main__":
    build_2020()
    build_2025()
