"""What arrives through the desk: a file's type by its content, its name made safe, the readers'
bounds against bombs, and the preview in a worker process bounded in time and memory."""
from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest

import bombs
from search import limits
from search.errors import CorpusError
from search.intake.names import safe_name
from search.intake.preview import preview
from search.intake.sniff import OLE2, kind_of
from search.intake.staging import Staging
from search.parse.readers import blocks_of

NEW = Path(__file__).resolve().parent / "data" / "new"
WORD = (NEW / "2025-02.docx").read_bytes()
PDF = (NEW / "2024-11.pdf").read_bytes()
TEXT = (NEW / "2024-07.txt").read_bytes()


@pytest.mark.parametrize("given, safe", [
    ("2024年第7期.docx", "2024年第7期.docx"),
    ("../../etc/passwd", "passwd.docx"),
    ("..\\..\\Windows\\system32\\简报.docx", "简报.docx"),
    ("/abs/path/简报.docx", "简报.docx"),
    ("..", "简报.docx"),
    ("...docx", "简报.docx"),
    (".hidden.docx", "hidden.docx"),
    ("~$临时.docx", "$临时.docx"),
    ("a..b.docx", "a.b.docx"),
    ("简报\x00\x1b[31m红.docx", "简报 [31m红.docx"),
    ("报告\u202eexe.docx", "报告 exe.docx"),  # a right-to-left override, which disguises names
    ("零宽\u200b空格.docx", "零宽 空格.docx"),
    ('a<b>c:d"e|f?g*h.docx', "a_b_c_d_e_f_g_h.docx"),
    ("  多  空格  .docx", "多 空格.docx"),
    ("", "简报.docx"),
])
def test_names_keep_chinese_and_lose_what_is_dangerous(given, safe):
    assert safe_name(given, ".docx") == safe


def test_names_are_nfc_and_bounded():
    decomposed = unicodedata.normalize("NFD", "Café 简报")
    assert safe_name(decomposed, ".txt") == "Café 简报.txt" and unicodedata.is_normalized("NFC", safe_name(decomposed, ".txt"))
    long = safe_name("数" * 500 + ".docx", ".docx")
    assert long == "数" * 60 + ".docx"  # 180 bytes of UTF-8, under NAME_CHARS characters
    assert len(safe_name("a" * 500, ".txt")) == limits.NAME_CHARS + 4


@pytest.mark.parametrize("data, claimed, kind, suffix", [
    (WORD, ".docx", "docx", ".docx"),
    (WORD, ".txt", "docx", ".docx"),  # a Word file named .txt is Word
    (PDF, ".docx", "pdf", ".pdf"),
    (TEXT, ".pdf", "text", ".txt"),
    (TEXT, ".md", "text", ".md"),
    ("【行业资讯】\n标题".encode("gb18030"), ".txt", "text", ".txt"),
])
def test_the_type_is_read_from_the_content_never_the_name(data, claimed, kind, suffix):
    found = kind_of(data, "x" + claimed, claimed)
    assert (found.name, found.suffix) == (kind, suffix)


def _zip(names: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("data, code", [
    (OLE2 + bytes(600), "old_word"),
    (b"<!DOCTYPE html><script>alert(1)</script>", "web_page"),
    (b"  <html><body>x</body></html>", "web_page"),
    (b"\x7fELF\x02\x01\x01" + bytes(100), "binary"),
    (b"MZ\x90\x00" + bytes(100), "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
    (bytes(range(256)) * 4, "binary"),
    (_zip({"xl/workbook.xml": b"<x/>"}), "office_other"),
    (_zip({"readme.txt": b"hi"}), "zip_other"),
    (b"PK\x03\x04 not really a zip", "zip_other"),
    (b"   \n", "empty"),
])
def test_what_the_archive_cannot_read_is_refused_by_its_content(data, code):
    with pytest.raises(CorpusError) as refused:
        kind_of(data, "简报.pdf", ".pdf")  # named as a PDF, whatever it is
    assert refused.value.code == code


@pytest.mark.parametrize("name, make, code", [
    ("bomb.docx", bombs.zip_bomb_docx, "zip_bomb"),
    ("pages.pdf", lambda: bombs.many_pages_pdf(limits.PDF_PAGES + 1), "too_many_pages"),  # 10,000: the browser test
])
def test_the_readers_refuse_bombs_before_opening_them(name, make, code):
    with pytest.raises(CorpusError) as refused:
        blocks_of(name, make())
    assert refused.value.code == code


def test_a_pdf_bomb_is_refused_after_counting_what_it_inflates_to(monkeypatch):
    monkeypatch.setattr(limits, "PDF_INFLATED_BYTES", 8 * 2**20)
    with pytest.raises(CorpusError) as refused:
        blocks_of("bomb.pdf", bombs.pdf_bomb(16 * 2**20))
    assert refused.value.code == "pdf_bomb"
    assert blocks_of("real.pdf", PDF)  # a real briefing's streams are far below the bound


def test_a_stream_that_inflates_past_a_step_below_the_bound_is_counted_to_its_end():
    # 3 MB of zeros, then the newline before `endstream`: counted a megabyte at a time, the newline
    # stayed in the inflater's tail after the stream's end and was fed again for ever (a chart
    # image in an fpdf2 PDF hung the reader).
    from search.parse.pdf import check_bounds
    assert check_bounds(bombs.pdf_bomb(3 * 2**20), "chart.pdf") is None


def test_a_word_file_with_too_many_parts_is_a_zip_bomb():
    with pytest.raises(CorpusError) as refused:
        blocks_of("parts.docx", _zip({f"word/p{n}.xml": b"" for n in range(limits.ZIP_ENTRIES + 1)}))
    assert refused.value.code == "zip_bomb"


def test_the_preview_reads_what_check_reads_with_the_corrections(tmp_path):
    path = tmp_path / "upload.bin"
    path.write_bytes(WORD)
    report = preview("2025-02.docx", path, {"total": 40, "date": "2025-02-27"})
    assert report["usable"] is True
    assert report["issue"]["key"] == "2025-02"
    assert (report["issue"]["total"], report["issue"]["date"]) == (40, "2025-02-27")
    assert report["issue"]["from"] == {"year": "header", "number": "header", "total": "side file",
                                       "date": "side file"}
    assert [s["name"] for s in report["sections"]] == ["数据月报", "行业资讯", "协会动态"]
    assert "深度求索发布推理大模型DeepSeek-R1" in [i["title"] for i in report["items"]]
    assert report["figures"] and report["figures"][0]["indicator"]


def test_the_preview_of_a_file_that_is_no_briefing_says_why(tmp_path):
    path = tmp_path / "upload.bin"
    path.write_text("一份会议通知，没有任何栏目。\n请各位准时参加。\n", encoding="utf-8")
    report = preview("通知.txt", path)
    assert (report["usable"], report["code"]) == (False, "not_a_briefing")


def test_a_preview_that_takes_too_long_is_killed(tmp_path):
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # the worker's open() waits for a writer that never comes: it never finishes
    report = preview("slow.txt", fifo, seconds=1)
    assert (report["usable"], report["code"]) == (False, "timeout")


def test_a_preview_that_needs_too_much_memory_is_stopped(tmp_path):
    path = tmp_path / "upload.bin"
    path.write_bytes(PDF)
    report = preview("2024-11.pdf", path, memory=64 * 2**20)  # less than the reader's own code needs
    assert report["usable"] is False and report["code"] in ("out_of_memory", "crashed")


def test_staging_keeps_the_bytes_and_a_safe_name(tmp_path):
    staging = Staging(tmp_path / "uploads")
    upload = staging.add(WORD, "../../2025年第2期.txt", owner="秘书处")
    assert (upload.name, upload.kind, upload.disguised, upload.renamed) == ("2025年第2期.docx", "docx", True, True)
    assert staging.data(upload) == WORD and staging.get(upload.token).name == upload.name
    assert oct((tmp_path / "uploads").stat().st_mode & 0o777) == "0o700"
    assert [u.token for u in staging.all()] == [upload.token]
    staging.discard(upload.token)
    assert staging.all() == []
