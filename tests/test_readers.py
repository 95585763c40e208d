"""PDF and Word files yield the same items as the text of the same issue; damaged ones say why.

The fixtures are made at test time from archive files: a Word document with one paragraph per line
of the text, and a PDF typeset with a CJK font whose long lines wrap, as a published PDF's do.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from search.errors import CorpusError
from search.parse.parser import parse_file
from search.parse.readers import read_blocks

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"  # frozen copy, never the live corpus/
ARCHIVE_FILES = ["004_564c34face9b9b2b.txt", "000_5858f990df9ebe1c.txt"]
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ITEM_FIELDS = ("title", "section", "source", "date", "orgs", "body")


def make_docx(text: str, path: Path) -> Path:
    import docx
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(path)
    return path


def make_pdf(text: str, path: Path) -> Path:
    """An A4 PDF of the text, long lines wrapped at the margin (anywhere, as CJK is typeset)."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode
    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_font("wqy", size=11)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
    pdf.output(str(path))
    return path


def read_text(path: Path) -> str:
    """A PDF or Word file's text, one block a line as printed (a table row a line of tab-separated cells)."""
    lines = []
    for b in read_blocks(path):
        if b.kind == "table":
            lines += ["\t".join(row) for row in b.cells or []]
        else:
            lines.append(b.raw if b.raw is not None else b.text)
    return "\n".join(lines)


def items(issue) -> list[dict]:
    return [{f: getattr(item, f) for f in ITEM_FIELDS} for item in issue.items]


@pytest.fixture(scope="module", params=ARCHIVE_FILES)
def archive_file(request, tmp_path_factory) -> dict[str, Path]:
    """One archive issue as .txt, .docx and .pdf, under the same stem."""
    if not CJK_FONT.exists():
        pytest.skip(f"the CJK font {CJK_FONT} is not installed (fonts-wqy-microhei)")
    folder = tmp_path_factory.mktemp("formats")
    txt = folder / request.param
    shutil.copy(CORPUS / request.param, txt)
    text = txt.read_text(encoding="utf-8")
    return {"txt": txt,
            "docx": make_docx(text, txt.with_suffix(".docx")),
            "pdf": make_pdf(text, txt.with_suffix(".pdf"))}


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_pdf_and_word_give_the_items_of_the_text(archive_file, kind):
    expected = parse_file(archive_file["txt"])
    got = parse_file(archive_file[kind])
    assert got.meta == expected.meta
    assert items(got) == items(expected)
    assert len(expected.items) >= 9


def test_the_pdf_fixture_really_wraps(archive_file):
    """Guard for the test above: the PDF's text layer has more lines than the text has paragraphs."""
    import pdfplumber
    with pdfplumber.open(archive_file["pdf"]) as pdf:
        printed = sum(len(page.extract_text_lines()) for page in pdf.pages)
        assert len(pdf.pages) > 1
    paragraphs = [ln for ln in archive_file["txt"].read_text(encoding="utf-8").split("\n") if ln.strip()]
    assert printed > len(paragraphs) + 20


def test_pdf_text_joins_wrapped_lines_within_a_page(archive_file):
    text = read_text(archive_file["pdf"])
    lines = [ln.strip() for ln in text.split("\n")]
    paragraphs = [ln.strip() for ln in archive_file["txt"].read_text(encoding="utf-8").split("\n") if ln.strip()]
    # Every list line of the table of contents comes out whole (none joined to the next one).
    assert [ln for ln in lines if ln.startswith("- ")] == [ln for ln in paragraphs if ln.startswith("- ")]
    # Paragraphs split only where a page breaks.
    assert len(paragraphs) <= len([ln for ln in lines if ln]) <= len(paragraphs) + 5


def test_word_tables_are_read_row_by_row(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph("【数据月报】")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["地区", "合同额", "同比"], ["日本", "53066", "7.64%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("（来源：商务部）")
    document.save(tmp_path / "t.docx")
    assert read_text(tmp_path / "t.docx") == "【数据月报】\n地区\t合同额\t同比\n日本\t53066\t7.64%\n（来源：商务部）"


def _truncated(path: Path, out: Path) -> Path:
    data = path.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


BAD_FILES = {
    "truncated.pdf": (lambda f, out: _truncated(f["pdf"], out), "被截断了"),
    "random.pdf": (lambda f, out: out.write_bytes(os.urandom(4096)), "不是 PDF 文件"),
    "damaged.pdf": (lambda f, out: out.write_bytes(b"%PDF-1.4\n" + os.urandom(4096) + b"\n%%EOF\n"),
                    "无法读取的 PDF"),
    "truncated.docx": (lambda f, out: _truncated(f["docx"], out), "不是可以读取的 Word 文档"),
    "random.docx": (lambda f, out: out.write_bytes(os.urandom(4096)), "不是可以读取的 Word 文档"),
    "text.docx": (lambda f, out: out.write_text("【行业资讯】\n标题\n", encoding="utf-8"),
                  "不是可以读取的 Word 文档"),
    "empty.pdf": (lambda f, out: out.write_bytes(b""), "文件是空的"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_damaged_pdf_and_word_files_are_refused_with_the_reason(archive_file, tmp_path, name):
    make, reason = BAD_FILES[name]
    make(archive_file, tmp_path / name)
    with pytest.raises(CorpusError) as caught:
        parse_file(tmp_path / name)
    assert caught.value.file == name
    assert reason in caught.value.reason


def test_a_pdf_without_a_text_layer_is_refused(tmp_path):
    from fpdf import FPDF
    pdf = FPDF(format=(74, 105))  # A7: the OCR's search of a small page costs a fifth of an A4's
    pdf.add_page()
    pdf.rect(15, 20, 40, 30, style="F")  # a "scan": marks on the page, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(CorpusError, match="没有文字层"):
        read_text(tmp_path / "scan.pdf")


def test_an_empty_word_document_is_refused(tmp_path):
    import docx
    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(CorpusError, match="没有文字"):
        read_text(tmp_path / "blank.docx")
