"""Scanned issues: a PDF page without a text layer, and an image inside a text page, are read by OCR.

One small page, made at test time: the text of a short issue drawn with a CJK font into an image
and saved as an image-only PDF, as a scanner would. The real engine reads it (rapidocr-onnxruntime,
its models inside the package); the items come out marked as recognised, `check` reports the
confidence, nothing is recognised twice with a cache, and the issue is found by search.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.parse import ocr
from search.parse.check import format_report, report
from search.parse.parser import parse_file
from search.parse.readers import read_blocks

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = [pytest.mark.skipif(not CJK_FONT.exists(), reason="the CJK font fonts-wqy-microhei is not installed"),
              pytest.mark.skipif(not ocr.available(), reason="rapidocr-onnxruntime is not installed "
                                                           "(scripts/test.sh installs it)")]

STORY = ("10月18日，大连商品交易所宣布铁矿石期货向境外交易者开放，成为我国首个国际化的工业品期货品种，"
         "参与者覆盖多个国家和地区。")


def draw_page(lines: list[tuple[str, float, dict]], size_mm=(105, 120), dpi=150):
    """A page image (PIL) with lines of text: (text, size in points, {bold, center, right, indent})."""
    from PIL import Image, ImageDraw, ImageFont

    def px(pt: float) -> int:
        return round(pt * dpi / 72)

    width, height = (px(mm / 25.4 * 72) for mm in size_mm)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    left, right, y = px(24), width - px(24), px(24)
    for text, size, how in lines:
        font = ImageFont.truetype(str(CJK_FONT), px(size))
        first = True
        while text:  # wrap at the right margin, anywhere, as CJK is typeset
            x = left + (px(2 * size) if first and how.get("indent") else 0)
            n = 1
            while n < len(text) and x + draw.textlength(text[:n + 1], font=font) <= right:
                n += 1
            piece, text = text[:n], text[n:]
            if how.get("center"):
                x = (width - draw.textlength(piece, font=font)) / 2
            elif how.get("right"):
                x = right - draw.textlength(piece, font=font)
            draw.text((x, y), piece, font=font, fill=0, stroke_width=1 if how.get("bold") else 0, stroke_fill=0)
            y += px(size * 1.7)
            first = False
        y += px(size * 0.4)
    return image


ISSUE = [("数字贸易简报", 20, {"bold": True, "center": True}),
         ("2025年第10期（总第42期）", 11, {"center": True}),
         ("2025年10月31日", 10, {"center": True}),
         ("【行业资讯】", 14, {"bold": True}),
         ("铁矿石期货向境外交易者开放", 11, {"bold": True}),
         (STORY, 10, {"indent": True}),
         ("（来源：新华社）", 10, {"right": True})]


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """An image-only PDF of one small page: no text layer at all."""
    path = tmp_path_factory.mktemp("scan") / "2025-10-scan.pdf"
    draw_page(ISSUE).save(path, "PDF", resolution=150)
    return path


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def issue(scan, cache_dir):
    return parse_file(scan, cache_dir=cache_dir)


def test_a_scanned_issue_is_read_by_ocr_and_marked(issue):
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 10, 42, "2025-10-31")
    [item] = issue.items
    assert (item.section, item.title, item.source) == ("行业资讯", "铁矿石期货向境外交易者开放", "新华社")
    assert item.body == STORY
    assert item.ocr is True and item.to_dict()["ocr"] is True


def test_recognised_lines_keep_their_layout(scan, cache_dir):
    """The masthead is a heading by its size, the story title a title by its strokes, the wrapped
    paragraph one block, the right-aligned source its own line."""
    blocks = [(b.kind, b.text) for b in read_blocks(scan, cache_dir=cache_dir)]
    assert blocks[0] == ("heading", "数字贸易简报")
    assert ("title", "铁矿石期货向境外交易者开放") in blocks
    assert ("paragraph", STORY) in blocks
    assert blocks[-1] == ("paragraph", "（来源：新华社）")


def test_check_reports_the_recognition_confidence(issue):
    data = report(issue)
    [page] = data["ocr"]
    assert page["page"] == 1 and 0.9 <= page["min"] <= page["mean"] <= 1.0
    assert data["items"][0]["ocr"] is True
    assert "文字识别（OCR）置信度：第 1 页 平均 0." in format_report(data)


def test_no_page_is_recognised_twice(scan, cache_dir, issue, monkeypatch):
    """With the cache the page is not recognised again: the engine is never called."""
    def refuse(*args, **kwargs):
        raise AssertionError("the page was recognised again")

    monkeypatch.setattr(ocr, "recognise", refuse)
    again = parse_file(scan, cache_dir=cache_dir)
    assert [i.to_dict() for i in again.items] == [i.to_dict() for i in issue.items]


def test_an_image_on_a_text_page_is_recognised(tmp_path):
    """A text PDF with a pasted scan of a paragraph: the paragraph is read from the image."""
    from fpdf import FPDF

    picture = tmp_path / "notice.png"
    draw_page([(STORY, 11, {"indent": True})], size_mm=(128, 30)).save(picture)
    pdf = FPDF(format=(148, 210))  # A5
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_font("wqy", size=11)
    pdf.add_page()
    for line in ("数字贸易简报", "2025年第10期（总第42期）", "【行业资讯】", "铁矿石期货向境外交易者开放"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(picture), w=128)
    pdf.cell(0, 8, "（来源：新华社）", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    [item] = parse_file(path).items
    assert (item.title, item.source, item.body, item.ocr) == ("铁矿石期货向境外交易者开放", "新华社", STORY, True)


def test_a_scanned_issue_is_found_by_search_and_nothing_reaches_stderr(scan, tmp_path):
    """The real command line: index a corpus holding the scan, search it, show the item."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / scan.name).write_bytes(scan.read_bytes())
    env = {**os.environ, "JIANBAO_CORPUS": str(corpus), "JIANBAO_INDEX": str(index)}

    def run(*args):
        done = subprocess.run([sys.executable, "-m", "jianbao", *args], capture_output=True, text=True,
                              env=env, timeout=600)
        assert done.stderr == "" and done.returncode == 0, done.stderr
        return done.stdout

    run("index")
    found = json.loads(run("search", "境外交易者", "--json"))
    [hit] = found["hits"]
    assert hit["title"] == "铁矿石期货向境外交易者开放"
    shown = json.loads(run("show", hit["id"], "--json"))
    assert shown["ocr"] is True and shown["source"] == "新华社"

    from webapp import create_app
    client = create_app({"TESTING": True, "INDEX": str(index), "CORPUS": str(corpus)}).test_client()
    page = client.get(f"/items/{hit['id']}").get_data(as_text=True)
    assert "此条目由扫描件文字识别（OCR）得到" in page
    assert client.get(f"/api/items/{hit['id']}").get_json()["ocr"] is True


def test_check_and_index_share_the_parse_cache_and_recognise_a_scan_once(scan, cache_dir, issue, tmp_path,
                                                                         monkeypatch):
    """`check` parses through the index's parse cache: a second `check` of the scan, and then `index`
    of a corpus holding it, read the issue from the cache; the first `check` finds the page in the
    OCR cache (recognised by `issue`, its entries copied), and the engine is never called."""
    import shutil

    from click.testing import CliRunner

    from jianbao.cli import main
    from search.cache import STATS

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / scan.name).write_bytes(scan.read_bytes())
    shutil.copytree(cache_dir / "ocr", index / "cache" / "ocr")
    args = ["--index", str(index), "--corpus", str(corpus)]

    def check() -> dict:
        done = CliRunner().invoke(main, ["check", str(corpus / scan.name), "--json", *args], catch_exceptions=False)
        assert done.exit_code == 0, done.output
        return json.loads(done.output)

    def refuse(*args, **kwargs):
        raise AssertionError("the page was recognised again")

    monkeypatch.setattr(ocr, "recognise", refuse)
    before = STATS.copy()
    first = check()
    # the page's two OCR-cache entries found (its turn, search/parse/orient.py, and its lines)
    assert STATS["ocr.hit"] - before["ocr.hit"] == 2 and STATS["parse.put"] - before["parse.put"] == 1
    assert STATS["ocr.miss"] == before["ocr.miss"] and first["ocr"] == report(issue)["ocr"]
    before = STATS.copy()
    assert check() == first
    assert STATS["parse.hit"] - before["parse.hit"] == 1
    assert all(STATS[k] == before[k] for k in ("ocr.hit", "ocr.miss", "parse.miss", "parse.put"))
    done = CliRunner().invoke(main, ["index", "--json", *args], catch_exceptions=False)
    assert done.exit_code == 0 and json.loads(done.output)["added"] == [scan.name]
    assert STATS["parse.hit"] - before["parse.hit"] == 2 and STATS["ocr.miss"] == before["ocr.miss"]


def test_a_scan_previewed_at_the_desk_is_published_without_recognising_it_again(scan, tmp_path, monkeypatch):
    """The desk's preview parses an upload in a worker process through the index's cache; publishing
    it then reads its page from there: the engine is not called a second time."""
    from search.cache import STATS
    from search.index import publish
    from search.intake.preview import preview

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    report = preview(scan.name, scan, cache_dir=publish.cache_dir(index))
    assert report["usable"] is True and report["ocr"]
    assert list((index / "cache" / "ocr").rglob("*.json"))  # the preview's recognition, kept by content

    def refuse(*args, **kwargs):
        raise AssertionError("the page was recognised again")

    monkeypatch.setattr(ocr, "recognise", refuse)
    before = STATS.copy()
    done = publish.publish(corpus, index, scan.name, scan.read_bytes())
    assert done.items and STATS["ocr.miss"] == before["ocr.miss"] and STATS["ocr.put"] == before["ocr.put"]


def test_the_ocr_cache_keeps_the_pages_of_the_corpus_files_and_lets_the_others_go(scan, cache_dir, tmp_path):
    """The OCR cache is pruned with the parse cache: a page stays while a file of the corpus was read
    with it, and goes (after its grace) once no file is."""
    import shutil
    import time

    from search.index.reindex import prune_caches
    from search.parse.parser import parse_files
    from search.parse.readers import read_source

    cache = tmp_path / "cache"
    shutil.copytree(cache_dir / "ocr", cache / "ocr")  # recognised by `issue`: read from here
    source = read_source(scan)
    issues, errors = parse_files([source], cache_dir=cache)
    assert issues and not errors
    pages = sorted(p.name for p in (cache / "ocr").rglob("*.json"))
    later = time.time() + 4 * 24 * 3600  # past every grace
    prune_caches(cache, {scan.name: source.sha256()}, before=later)
    assert sorted(p.name for p in (cache / "ocr").rglob("*.json")) == pages  # the corpus's scan: kept
    prune_caches(cache, {}, before=later)  # the scan left the corpus
    assert not list((cache / "ocr").rglob("*.json"))
