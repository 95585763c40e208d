"""Nothing in the corpus folder is skipped in silence: every file is indexed or rejected with its
reason, and the reason shows in `jianbao index`'s summary, in `jianbao stats` (and --json), in
/healthz's counts and on the status page (/status, linked from every page's footer), which works
without JavaScript and which axe finds no fault in.

A corpus as a secretariat keeps it: two issues of the frozen archive, and beside them what gets
dropped into such a folder (a spreadsheet, a picture, a file without a suffix, a broken issue), plus
what is no file of the corpus at all (hidden files, an Office lock file, a download in progress, a
side file, a folder).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, Served
from jianbao.cli import main
from search.index.listing import corpus_files

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
ISSUES = ["003_6380abd4b066d88c.txt", "004_564c34face9b9b2b.txt"]
STRAYS = {  # file -> the start of the reason it is rejected with
    "budget.xlsx": "不支持的文件类型 .xlsx（是电子表格，不是简报",
    "scan-page.png": "不支持的文件类型 .png（图片：把扫描的各页合成一个 PDF）",
    "README": "不支持的文件类型 （文件名没有扩展名）",
    "broken.txt": "看不出简报的结构",
}
ASIDE = [".DS_Store", "~$2024-07.docx", "2024-07.pdf.part", "orphan.meta.toml"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The corpus and its index, indexed once: `jianbao index`'s result kept beside them."""
    base = tmp_path_factory.mktemp("strays")
    corpus = base / "corpus"
    corpus.mkdir()
    for name in ISSUES:
        shutil.copy(CORPUS / name, corpus / name)
    (corpus / "budget.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    (corpus / "scan-page.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (corpus / "README").write_text("notes of the secretariat\n", encoding="utf-8")
    (corpus / "broken.txt").write_text("会议纪要\n\n今天讨论了下个月的工作安排。\n", encoding="utf-8")
    for name in ASIDE:
        (corpus / name).write_bytes(b"x")
    (corpus / "old issues").mkdir()
    result = CliRunner().invoke(main, ["index", "--corpus", str(corpus), "--index", str(base / "index")])
    (base / "index.out").write_text(f"{result.exit_code}\n{result.output}", encoding="utf-8")
    return base


def run(folder: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--corpus", str(folder / "corpus"), "--index", str(folder / "index")])


def test_the_corpus_is_every_file_but_hidden_temporary_side_files_and_folders(folder):
    assert sorted(corpus_files(folder / "corpus")) == sorted(ISSUES + list(STRAYS))


def test_index_names_every_rejected_file_with_its_reason(folder):
    status, output = (folder / "index.out").read_text(encoding="utf-8").split("\n", 1)
    assert status == "1"  # some input could not be used
    assert "新增 2 个文件，修改 0 个，删除 0 个，未变 0 个，未收录 4 个。" in output
    for name, reason in STRAYS.items():
        assert f"  未收录 {name}：{reason}" in output
    for name in ASIDE:
        assert name not in output


def test_stats_lists_the_rejected_files(folder):
    result = run(folder, "stats")
    assert "文件：收录 2 个，未收录 4 个" in result.output
    assert "未收录（没有编入索引，各有原因）：" in result.output
    for name, reason in STRAYS.items():
        assert f"  {name}：{reason}" in result.output
    data = json.loads(run(folder, "stats", "--json").output)
    assert sorted(f["file"] for f in data["files"]) == ISSUES
    assert {r["file"]: r["reason"][:len(STRAYS[r["file"]])] for r in data["rejected"]} == STRAYS


def test_a_second_run_still_reports_them(folder):
    result = run(folder, "index")
    assert result.exit_code == 1
    assert "新增 0 个文件，修改 0 个，删除 0 个，未变 2 个，未收录 4 个。" in result.output


def test_an_old_word_file_without_libreoffice_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SHAPES / "2025-12.doc", corpus / "2025-12.doc")
    shutil.copy(CORPUS / ISSUES[0], corpus / ISSUES[0])
    result = CliRunner().invoke(main, ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    assert "  未收录 2025-12.doc：旧版 Word 文件：请安装 LibreOffice（libreoffice-writer-nogui），或在 Word 中另存为 .docx" \
        in result.output


@pytest.fixture(scope="module")
def client(folder):
    from webapp import create_app
    app = create_app({"TESTING": True, "INDEX": str(folder / "index"), "CORPUS": str(folder / "corpus")})
    return app.test_client()


def test_healthz_counts_indexed_and_rejected_files(client):
    data = client.get("/healthz").get_json()
    assert (data["status"], data["files"], data["rejected"]) == ("ok", 2, 4)
    assert {"items", "indexed_at"} <= set(data)


def test_the_status_page_lists_every_file(client):
    html = client.get("/status").get_data(as_text=True)
    assert "<h1>收录状态</h1>" in html
    assert "语料文件夹中的 6 个文件：2 个已收录" in html and "4 个未能收录" in html
    for name, reason in STRAYS.items():
        assert f"<code>{name}</code>" in html and reason in html
    assert 'href="/issues/2024-05">2024年第5期</a>' in html
    assert 'href="/files/003_6380abd4b066d88c.txt"' in html


def test_every_page_links_to_the_status_page(client):
    html = client.get("/help").get_data(as_text=True)
    assert '<a href="/status">收录状态</a>' in html
    assert '<a href="/status#rejected">4 个文件未能收录</a>' in html


def test_the_status_page_without_javascript_and_for_axe(folder):
    from test_browser import ARGS, CHROMIUM, _axe
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright
    served = Served(folder / "index", folder / "corpus", folder).wait_ready()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_context(java_script_enabled=False, locale="zh-CN").new_page()
            page.goto(served.url + "/search?q=服务外包")
            page.get_by_role("link", name="4 个文件未能收录").click()
            assert page.locator("#rejected + table tbody tr").count() == 4
            assert page.get_by_role("cell", name="budget.xlsx").count() == 1
            for scheme in ("light", "dark"):
                context = browser.new_context(locale="zh-CN", color_scheme=scheme, bypass_csp=True)
                checked = context.new_page()
                checked.goto(served.url + "/status")
                assert _axe(checked) == [], scheme
                context.close()
            browser.close()
    finally:
        served.stop()
