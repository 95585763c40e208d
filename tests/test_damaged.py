"""Damaged and hostile files, of every type the archive reads: each is refused with what is wrong in
words (which part, what is broken), never a Python exception's name, by `check` and by `index`,
with nothing on stderr but jianbao's own lines, and an issue indexed before stays searchable when its
file is replaced by a damaged copy."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from search.errors import CorpusError
from search.parse.parser import parse_file

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
DOCX = DATA / "new" / "2025-02.docx"
PDF = DATA / "new" / "2024-11.pdf"
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PYTHON_NAMES = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\b|Traceback|KeyError|\bNone\b")


def _docx(change, method=zipfile.ZIP_DEFLATED) -> bytes:
    """The Word sample with each part passed through `change(name, bytes)` (None drops the part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(DOCX) as zin, zipfile.ZipFile(out, "w", method) as z:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                z.writestr(info.filename, data)
    return out.getvalue()


def _part(name, data=None):
    return lambda n, d: (data if n == name else d)


def _bad_crc() -> bytes:
    data = bytearray(_docx(lambda n, d: d, zipfile.ZIP_STORED))
    at = data.find(b"<w:body>")
    data[at + 1] = ord("X")  # the stored part's bytes no longer match its checksum
    return bytes(data)


def _zip_of_text() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "数字贸易简报")
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod
    pdf = FPDF(format=(148, 210))
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_font("wqy", size=11)
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.AES_128)
    pdf.add_page()
    for line in ("数字贸易简报", "2024年第9期（总第30期）", "【行业资讯】", "标题", "正文。"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# file name -> (its bytes, words its reason must hold). Other shapes than the sample's own breakage:
# each part of the package, each way a part breaks.
HOSTILE = {
    "a-truncated.docx": (lambda: DOCX.read_bytes()[:DOCX.stat().st_size // 2], "不是 zip 压缩包"),
    "b-no-document.docx": (lambda: _docx(_part("word/document.xml")), "缺少正文部件 word/document.xml"),
    "c-broken-body.docx": (lambda: _docx(lambda n, d: d[:len(d) // 2] if n == "word/document.xml" else d),
                           "部件 word/document.xml（正文）的 XML 不完整或有错"),
    "d-broken-styles.docx": (lambda: _docx(_part("word/styles.xml", b"<w:styles")),
                             "部件 word/styles.xml（样式表）的 XML 不完整或有错（第 1 行）"),
    "e-broken-numbering.docx": (lambda: _docx(_part("word/numbering.xml", b"<x>")), "word/numbering.xml（自动编号）"),
    "f-no-content-types.docx": (lambda: _docx(_part("[Content_Types].xml")), "缺少部件 [Content_Types].xml（部件类型表）"),
    "g-broken-rels.docx": (lambda: _docx(_part("word/_rels/document.xml.rels", b"<Relationships")),
                           "部件 word/_rels/document.xml.rels（部件关系表）的 XML 不完整或有错"),
    "h-no-styles.docx": (lambda: _docx(_part("word/styles.xml")), "缺少部件 word/styles.xml（样式表）"),
    "i-no-body.docx": (lambda: _docx(_part("word/document.xml", f"<w:document {W}/>".encode())), "没有正文"),
    "j-bad-crc.docx": (_bad_crc, "部件 word/document.xml（正文）已损坏"),
    "k-a-zip-of-text.docx": (_zip_of_text, "缺少部件 [Content_Types].xml"),
    "l-empty-part.docx": (lambda: _docx(_part("word/document.xml", b"")), "部件 word/document.xml（正文）是空的"),
    "m-empty.docx": (lambda: b"", "文件是空的"),
    "w-main-elsewhere.docx": (lambda: _docx(lambda n, d: d.replace(b"word/document.xml", b"word/main.xml")
                                            if n == "_rels/.rels" else d), "缺少正文部件 word/main.xml"),
    "n-encrypted.pdf": (_encrypted_pdf, "设了打开密码"),
    "o-half.pdf": (lambda: PDF.read_bytes()[:PDF.stat().st_size // 2] + b"\n%%EOF\n", "对象或数据流已损坏"),
    "p-truncated.pdf": (lambda: PDF.read_bytes()[:PDF.stat().st_size // 2], "被截断了"),
    "q-empty.pdf": (lambda: b"", "文件是空的"),
    "r-junk.txt": (lambda: bytes(range(256)) * 16, "是二进制数据，不是文本"),
    "s-junk.md": (lambda: bytes(range(256)) * 16, "是二进制数据，不是文本"),
    "t-junk.html": (lambda: bytes(range(256)) * 16, "是二进制数据，不是网页"),
    "u-empty.txt": (lambda: b"\n \n", "文件是空的"),
    "v-empty.html": (lambda: b"", "文件是空的"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (make, _) in HOSTILE.items():
        if name.endswith(".pdf") and "encrypted" in name and not CJK_FONT.exists():
            continue
        (folder / name).write_bytes(make())
    return folder


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_damaged_file_is_refused_saying_what_is_broken(hostile, name):
    if not (hostile / name).exists():
        pytest.skip("the CJK font is not installed")
    with pytest.raises(CorpusError) as caught:
        parse_file(hostile / name)
    assert HOSTILE[name][1] in caught.value.reason
    assert not PYTHON_NAMES.search(caught.value.reason), caught.value.reason


def _jianbao(*args, env):
    return subprocess.run([sys.executable, "-m", "jianbao", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=600)


def test_check_and_index_refuse_them_with_their_reasons_and_lose_nothing_indexed(hostile, tmp_path):
    """`check` of every hostile file, then `index` of a corpus where an indexed Word file was
    replaced by a damaged copy and the hostile files were added: exit status 1, each file's reason,
    only jianbao's own lines on stderr, and the Word file's items still in the index."""
    from search.index.reindex import update_index

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / DOCX.name).write_bytes(DOCX.read_bytes())
    first = update_index(corpus, index)
    assert first.ok and first.items > 0
    env = {**os.environ, "JIANBAO_CORPUS": str(corpus), "JIANBAO_INDEX": str(index)}

    names = sorted(p.name for p in hostile.iterdir())
    done = _jianbao("check", "--json", *(str(hostile / n) for n in names), env=env)
    assert done.returncode == 1 and done.stderr == ""
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in reports] == names and not any(r["usable"] for r in reports)
    for r in reports:
        assert HOSTILE[r["file"]][1] in r["reason"] and not PYTHON_NAMES.search(r["reason"]), r

    (corpus / DOCX.name).write_bytes(HOSTILE["d-broken-styles.docx"][0]())
    for n in names:
        (corpus / n).write_bytes((hostile / n).read_bytes())
    done = _jianbao("index", "--json", env=env)
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["items"] == first.items and summary["removed"] == []  # the damaged copy's issue stays
    rejected = {r["file"]: r["reason"] for r in summary["rejected"]}
    assert set(rejected) == set(names) | {DOCX.name}
    assert "word/styles.xml（样式表）" in rejected[DOCX.name]
    lines = done.stderr.splitlines()
    assert lines and all(re.match(r"jianbao index: \S+: ", ln) for ln in lines), done.stderr
    assert not PYTHON_NAMES.search(done.stderr + done.stdout)
    from search.query.archive import search
    found = search(index, "数字贸易").to_dict()  # and searchable
    assert found["total"] > 0 and {(h["issue"]["year"], h["issue"]["number"]) for h in found["hits"]} == {(2025, 2)}


@pytest.mark.parametrize("side, words", [(b"year = = 2024\n", "TOML 格式有误（第 1 行第 8 列）"),
                                         (b"year = 2024\n\xff\xfe\n", "不是 UTF-8 文本")])
def test_a_broken_side_file_says_what_is_wrong_in_words(tmp_path, side, words):
    (tmp_path / "2024-05.txt").write_text("【行业资讯】\n标题\n正文。\n", encoding="utf-8")
    (tmp_path / "2024-05.meta.toml").write_bytes(side)
    with pytest.raises(CorpusError) as caught:
        parse_file(tmp_path / "2024-05.txt")
    assert words in caught.value.reason and not PYTHON_NAMES.search(caught.value.reason)
