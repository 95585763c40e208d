"""The command line as CONTRACT.md promises it: shapes, exit statuses, messages, help, README."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from jianbao.cli import main
from conftest import ROOT

COMMANDS = ["parse", "check", "index", "search", "show", "serve", "stats"]


@pytest.fixture
def run(index_dir):
    def run(*args, index=True):
        extra = ["--index", str(index_dir)] if index else []
        return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)
    return run


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_corpus_and_index(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "--corpus" in result.output and "--index" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"jianbao {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_dash_m_search_runs_the_same_program():
    result = subprocess.run([sys.executable, "-m", "jianbao", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "parse" in result.stdout


def test_search_json_has_the_contract_shape(run):
    result = run("search", "服务外包", "--section", "数据月报", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"query", "total", "page", "per_page", "hits", "facets"} <= data.keys()
    assert data["total"] == 5 and data["query"] == "服务外包"
    assert set(data["facets"]) == {"section", "source", "org", "year", "issue"}
    hit = data["hits"][0]
    assert {"id", "title", "section", "source", "date", "issue", "orgs", "snippet", "score"} <= hit.keys()
    assert set(hit["issue"]) == {"year", "number", "total", "date"}
    assert "<mark>服务外包</mark>" in hit["snippet"]


def test_search_text_output_names_issue_section_and_marks(run):
    result = run("search", "DEPA")
    assert result.exit_code == 0
    assert "2 条结果" in result.output
    assert "韩国正式加入《数字经济伙伴关系协定》" in result.output
    assert "2024年第5期 · 行业资讯 · 智利外交部 · 2024-05-03" in result.output
    assert "[DEPA]" in result.output
    assert "也搜索了：数字经济伙伴关系协定" in result.output


def test_explain_shows_normalisation_segmentation_expansions_and_query(run):
    result = run("search", "服貿會", "--explain")
    assert "normalised:   服贸会" in result.output
    assert "segmentation: 服贸会" in result.output
    assert "expansions:   中国国际服务贸易交易会" in result.output
    assert "query run:    " in result.output


@pytest.mark.parametrize("args, message", [
    (["search", '"数字'], "unbalanced quote"),
    (["search", "，，"], "no words"),
    (["search", "数字", "--from", "2023-02-30"], "not a real date"),
    (["search", "数字", "--issue", "2024"], "not an issue"),
    (["search", "数字", "--per-page", "101"], "101 is not in the range"),
    (["search", "数字", "--page", "0"], "0 is not in the range"),
    (["search", "数字", "--colour"], "No such option"),
    (["search", "数字", "--sort", "title"], "'title' is not one of"),
])
def test_wrong_usage_exits_2_with_a_message(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_missing_index_says_to_run_jianbao_index(tmp_path):
    result = CliRunner().invoke(main, ["search", "数字", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run `jianbao index` first" in result.output


def test_show_prints_one_item_whole(run, place_ids):
    result = run("show", place_ids["2024-05-10"], "--json")
    item = json.loads(result.output)
    assert item["title"] == "阿尔卑斯系统集成（大连）有限公司"
    assert item["orgs"][0] == "阿尔卑斯系统集成（大连）有限公司"
    assert run("show", place_ids["2024-05-10"]).output.startswith("阿尔卑斯系统集成（大连）有限公司\n")
    missing = run("show", "1999-01-01")
    assert missing.exit_code == 1 and "no item '1999-01-01' in the archive" in missing.output


def test_stats_json_has_the_contract_shape(run):
    data = json.loads(run("stats", "--json").output)
    assert data["items"] == 56 and data["issues"] == 5
    assert data["sections"] == {"行业资讯": 35, "协会动态": 10, "会员风采": 6, "数据月报": 5}
    assert [f["issue"] for f in data["files"]] == ["2023-11", "2023-09", "2023-08", "2024-05", "2024-06"]
    assert data["rejected"] == []
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", data["indexed_at"])


def test_parse_json_lines_and_bad_files(tmp_path, corpus_dir, place_ids):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = subprocess.run([sys.executable, "-m", "jianbao", "parse", "--json",
                             str(corpus_dir / "003_6380abd4b066d88c.txt"), str(empty), str(binary),
                             str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == [place_ids[f"2024-05-{n:02d}"] for n in range(1, 11)]
    assert result.stderr.splitlines() == [
        "jianbao parse: empty.txt: the file is empty",
        "jianbao parse: blob.txt: binary data, not text",
        "jianbao parse: missing.txt: no such file",
    ]


def test_index_summary_and_incremental_runs(tmp_path, corpus_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_5858f990df9ebe1c.txt", "004_564c34face9b9b2b.txt"):
        (corpus / name).write_bytes((corpus_dir / name).read_bytes())
    args = ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0
    assert "2 added, 0 changed, 0 removed, 0 unchanged, 0 rejected" in first.output
    assert "the index holds 20 items" in first.output
    second = CliRunner().invoke(main, args + ["--json"])
    assert json.loads(second.output)["unchanged"] == 2
    assert json.loads(second.output)["items_indexed"] == 0


def test_an_index_of_another_version_is_named_and_index_rebuilds_it(stale_index):
    from search.index.store import is_current
    index = stale_index
    assert not is_current(index)
    result = CliRunner().invoke(main, ["search", "数字", "--index", str(index)])
    assert result.exit_code == 1
    assert "built by another version of jianbao: run `jianbao index` to rebuild it" in result.output
    rebuilt = CliRunner().invoke(main, ["index", "--index", str(index), "--corpus", str(ROOT / "tests" / "data" / "corpus")])
    assert "Rebuilt the index" in rebuilt.output and is_current(index)


def test_serve_on_a_taken_port_says_so(index_dir):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--index", str(index_dir)])
    assert result.exit_code == 1
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use" in result.output
    assert "serving" not in result.output
