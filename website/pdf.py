"""Writes small, valid one-or-more-page text PDFs in pure Python, for demo downloads (no PDF library needed)."""

import textwrap

from django.core.files.base import ContentFile

from website.models import SiteDocument

PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter in points; prints on A4 too
MARGIN = 72
LINE_HEIGHT = 15
LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT


def pdf_escape(text):
    # WinAnsi (cp1252) covers English and French, typographic quotes included; anything else becomes "?".
    raw = text.replace("\u202f", "\u00a0").encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(title, text):
    """A PDF with a bold title and the text wrapped to the page, as bytes."""
    lines = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, 85) or [""])
    pages = [lines[start : start + LINES_PER_PAGE - 2] for start in range(0, max(len(lines), 1), LINES_PER_PAGE - 2)]

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    fonts = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    )
    objects.extend(fonts)
    page_numbers = []
    for index, page_lines in enumerate(pages):
        stream = [b"BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode(), f"{LINE_HEIGHT} TL".encode()]
        if index == 0:
            stream += [b"/F2 16 Tf", b"(" + pdf_escape(title) + b") Tj", b"T*", b"T*"]
        stream.append(b"/F1 11 Tf")
        stream += [b"(" + pdf_escape(line) + b") Tj T*" for line in page_lines]
        stream.append(b"ET")
        content = b"\n".join(stream)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT, content_number)
        )
        page_numbers.append(len(objects))
    kids = b" ".join(b"%d 0 R" % number for number in page_numbers)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_numbers))

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)


def pdf_document(title, text, language, file_name):
    """A saved document holding a text PDF, for demo content and tests."""
    document = SiteDocument(title=title, language=language)
    document.file = ContentFile(text_pdf(title, text), name=file_name)
    document._set_document_file_metadata()
    document.save()
    return document
