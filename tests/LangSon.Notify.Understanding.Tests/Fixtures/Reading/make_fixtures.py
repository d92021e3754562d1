#!/usr/bin/env python3
"""Builds the committed PDF fixtures that the reading tests cannot make themselves.

Run once from the repository root: python3 tests/LangSon.Notify.Understanding.Tests/Fixtures/Reading/make_fixtures.py
Needs LibreOffice (Debian: libreoffice-writer-nogui). Tests never run this script.
- password-protected.pdf: a one-page notice opened only with the password "mat-khau".
- scanned-no-text.pdf: a page holding only a picture, as a scanner makes it (no text layer).
"""
import base64
import os
import struct
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def png(width, height):
    """A grey page with dark bands where lines of print would be."""
    rows = []
    for y in range(height):
        ink = (y // 6) % 3 == 0 and 20 < y < height - 20
        row = bytes([0]) + bytes((40 if ink and 15 < x < width - 15 else 235) for x in range(width))
        rows.append(row)
    raw = zlib.compress(b"".join(rows))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def fodt(body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>{body}</office:text></office:body></office:document>"""


def convert(work, name, body, export):
    path = os.path.join(work, name + ".fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(fodt(body))
    profile = "file://" + os.path.join(work, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", export,
                    "--outdir", HERE, path], check=True)


def main():
    with tempfile.TemporaryDirectory() as work:
        notice = ("<text:p>ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN</text:p><text:p>Số: 12/TB-UBND</text:p>"
                  "<text:p>THÔNG BÁO</text:p><text:p>Nơi nhận:</text:p><text:p>- Các sở, ban, ngành;</text:p>")
        convert(work, "password-protected", notice,
                'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                '"DocumentOpenPassword":{"type":"string","value":"mat-khau"}}')
        image = base64.b64encode(png(240, 320)).decode("ascii")
        scan = (f'<text:p><draw:frame svg:width="16cm" svg:height="21cm" text:anchor-type="paragraph">'
                f'<draw:image><office:binary-data>{image}</office:binary-data></draw:image></draw:frame></text:p>')
        convert(work, "scanned-no-text", scan, "pdf:writer_pdf_Export")


if __name__ == "__main__":
    main()
