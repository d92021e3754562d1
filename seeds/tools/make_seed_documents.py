#!/usr/bin/env python3
"""Builds seeds/seed-notice.pdf and seeds/seed-notice.docx from seeds/seed-notice.txt.

Run once from the repository root: python3 seeds/tools/make_seed_documents.py
Needs LibreOffice (Debian: libreoffice-writer-nogui) and fonts-liberation2. The outputs are committed;
tests and the demo never run this script.

The text is laid out as a signed-copy notice per Nghị định 30/2020/NĐ-CP: a two-column header, the
type and title centred, justified body paragraphs with a first-line indent, and "Nơi nhận" at the
bottom left beside the signature block. The seed text came from a PDF and carries sentence breaks
across old page boundaries ("các" / "địa phương"); the document rejoins them, as the original had.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "seeds", "seed-notice.txt")


def paragraphs(text):
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    joined = []
    for p in paras:
        # A paragraph that starts with a lower-case letter continues the previous one (old page break).
        if joined and p[0].islower() and not re.match(r"^[a-zđ]\)", p):
            joined[-1] = joined[-1] + " " + p
        else:
            joined.append(p)
    return joined


def para(style, text):
    # ODF collapses runs of spaces; a blank number or day must keep its gap, as on a draft.
    body = re.sub(r" {2,}", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', escape(text))
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def build_fodt(paras):
    number = next(p for p in paras if p.startswith("Số:"))
    date = next(p for p in paras if p.startswith("Lạng Sơn, ngày"))
    date = date.replace("ngày tháng", "ngày      tháng")
    type_index = paras.index("THÔNG BÁO")
    title = paras[type_index + 1]
    noi_nhan = paras.index("Nơi nhận:")
    body = paras[type_index + 2:noi_nhan]
    recipients = paras[noi_nhan + 1].split("\n")
    signature = [line.strip("*") for line in paras[noi_nhan + 2].split("\n")]
    signer = paras[noi_nhan + 3]

    body_xml = []
    for p in body:
        if re.match(r"^\d+\. ", p):
            body_xml.append(para("Heading", p))
        else:
            body_xml.append(para("Body", p))

    header = f"""
<table:table table:name="Header" table:style-name="HeaderTable">
  <table:table-column table:style-name="ColLeft"/>
  <table:table-column table:style-name="ColRight"/>
  <table:table-row>
    <table:table-cell table:style-name="Cell" office:value-type="string">
      {para("CenterBold13", "ỦY BAN NHÂN DÂN")}
      {para("CenterBold13Rule", "TỈNH LẠNG SƠN")}
      {para("Center13", number.replace("Số: ", "Số:     "))}
    </table:table-cell>
    <table:table-cell table:style-name="Cell" office:value-type="string">
      {para("CenterBold12", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}
      {para("CenterBold14Rule", "Độc lập - Tự do - Hạnh phúc")}
      {para("CenterItalic14", date)}
    </table:table-cell>
  </table:table-row>
</table:table>"""

    footer = f"""
<table:table table:name="Signature" table:style-name="HeaderTable">
  <table:table-column table:style-name="ColNoiNhan"/>
  <table:table-column table:style-name="ColSign"/>
  <table:table-row>
    <table:table-cell table:style-name="Cell" office:value-type="string">
      {para("NoiNhanTitle", "Nơi nhận:")}
      {"".join(para("NoiNhan", r) for r in recipients)}
    </table:table-cell>
    <table:table-cell table:style-name="Cell" office:value-type="string">
      {"".join(para("CenterBold14", s) for s in signature)}
      {para("CenterBold14", "")}{para("CenterBold14", "")}{para("CenterBold14", "")}
      {para("CenterBold14", signer)}
    </table:table-cell>
  </table:table-row>
</table:table>"""

    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Thông báo kết luận - UBND tỉnh Lạng Sơn</dc:title></office:meta>
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="115%"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt" fo:language="vi" fo:country="VN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="PageNumber" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="13pt"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="A4">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  </style:page-layout>
  <style:page-layout style:name="A4First">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:style style:name="HeaderTable" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
  <style:style style:name="ColLeft" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
  <style:style style:name="ColRight" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
  <style:style style:name="ColNoiNhan" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="ColSign" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
  <style:style style:name="First" style:family="paragraph" style:master-page-name="FirstPage"/>
  <style:style style:name="CenterBold13" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="CenterBold13Rule" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="CenterBold12" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Center13" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt"/></style:style>
  <style:style style:name="CenterBold14" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="CenterBold14Rule" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="CenterItalic14" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="Type" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/></style:style>
  <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="NoiNhanTitle" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
  <style:style style:name="NoiNhan" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="11pt"/></style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="FirstPage" style:page-layout-name="A4First" style:next-style-name="Standard"/>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
    <style:header><text:p text:style-name="PageNumber"><text:page-number text:select-page="current"/></text:p></style:header>
  </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="First"/>
{header}
{para("Type", "THÔNG BÁO")}
{para("Title", title)}
{"".join(body_xml)}
{footer}
</office:text></office:body>
</office:document>
"""


def main():
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui fonts-liberation2")
    with open(SEED, encoding="utf-8") as f:
        paras = paragraphs(f.read())
    out_dir = os.path.join(ROOT, "seeds")
    with tempfile.TemporaryDirectory() as work:
        fodt = os.path.join(work, "seed-notice.fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(build_fodt(paras))
        profile = "file://" + os.path.join(work, "profile")
        for target in ("pdf:writer_pdf_Export", 'docx:MS Word 2007 XML'):
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", target, "--outdir", out_dir, fodt], check=True)


if __name__ == "__main__":
    main()
