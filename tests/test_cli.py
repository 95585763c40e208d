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
    assert "规范化：    服贸会" in result.output
    assert "分词：      服贸会" in result.output
    assert "扩展：      中国国际服务贸易交易会" in result.output
    assert "执行的查询：" in result.output


# The command line speaks one language to its users: the words they see, exactly, and the
# library's English only with --verbose.
@pytest.mark.parametrize("args, message", [
    (["search", '"数字'], '错误：引号没有配对：短语要用一对引号括起来，如 "数字贸易"'),
    (["search", "，，"], "错误：查询里没有可以检索的词语（只有标点或空格）"),
    (["search", "数字", "--from", "2023-02-30"], "错误：--from 的值“2023-02-30”不是真实存在的日期"),
    (["search", "数字", "--issue", "2024"], "错误：--issue 的值“2024”不是期号：请写成 2024-05 这样"),
    (["search", "数字", "--per-page", "101"], "错误：--per-page 必须在 1 到 100 之间，收到的是 101"),
    (["search", "数字", "--page", "0"], "错误：--page 必须不小于 1，收到的是 0"),
    (["search", "数字", "--colour"], "错误：没有 --colour 这个选项（是不是 --corpus、--org、--source？）"),
    (["search", "数字", "--sort", "title"], "错误：--sort 只能是 relevance 或 date，收到的是“title”"),
    (["search", "数字", "--json=yes"], "错误：--json 是开关，不接受值"),
    (["serach", "数字"], "错误：没有 serach 这个命令（有：check、figures、index、parse、search、serve、show、stats）"),
    (["show"], "错误：缺少 ITEM_ID"),
])
def test_wrong_usage_exits_2_with_a_message(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == message
    assert "Traceback" not in result.output


def test_an_option_without_its_value_is_named():
    result = CliRunner().invoke(main, ["search", "数字", "--page"])
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, "错误：--page 后面要跟一个值")


def test_verbose_adds_the_english_detail(run):
    result = run("search", "数字", "--from", "2023-02-30", "--verbose")
    assert result.exit_code == 2
    assert result.output.splitlines()[-2:] == ["错误：--from 的值“2023-02-30”不是真实存在的日期",
                                               "（详情：--from '2023-02-30' is not a real date）"]


def test_a_missing_index_says_to_run_jianbao_index(tmp_path):
    result = CliRunner().invoke(main, ["search", "数字", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output == f"错误：{tmp_path / 'none'} 里还没有索引：请先运行 jianbao index 建立索引\n"


def test_show_prints_one_item_whole(run, place_ids):
    result = run("show", place_ids["2024-05-10"], "--json")
    item = json.loads(result.output)
    assert item["title"] == "阿尔卑斯系统集成（大连）有限公司"
    assert item["orgs"][0] == "阿尔卑斯系统集成（大连）有限公司"
    assert run("show", place_ids["2024-05-10"]).output.startswith("阿尔卑斯系统集成（大连）有限公司\n")
    missing = run("show", "1999-01-01")
    assert missing.exit_code == 1 and missing.output == "错误：档案里没有编号为“1999-01-01”的资讯\n"


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
        "jianbao parse: empty.txt: 文件是空的",
        "jianbao parse: blob.txt: 是二进制数据，不是文本",
        "jianbao parse: missing.txt: 没有这个文件",
    ]


def test_index_summary_and_incremental_runs(tmp_path, corpus_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_5858f990df9ebe1c.txt", "004_564c34face9b9b2b.txt"):
        (corpus / name).write_bytes((corpus_dir / name).read_bytes())
    args = ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index")]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0
    assert first.output.splitlines()[0] == "重建了索引：新增 2 个文件，修改 0 个，删除 0 个，未变 0 个，未收录 0 个。"
    assert "索引共有 20 条" in first.output
    second = CliRunner().invoke(main, args + ["--json"])
    assert json.loads(second.output)["unchanged"] == 2
    assert json.loads(second.output)["items_indexed"] == 0


def test_an_index_of_another_version_is_named_and_index_rebuilds_it(stale_index):
    from search.index.store import is_current
    index = stale_index
    assert not is_current(index)
    result = CliRunner().invoke(main, ["search", "数字", "--index", str(index)])
    assert result.exit_code == 1
    assert result.output == f"错误：{index} 里的索引是另一个版本的 jianbao 建立的：请运行 jianbao index 重建索引\n"
    rebuilt = CliRunner().invoke(main, ["index", "--index", str(index), "--corpus", str(ROOT / "tests" / "data" / "corpus")])
    assert "重建了索引" in rebuilt.output and is_current(index)


def test_serve_on_a_taken_port_says_so(index_dir):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--index", str(index_dir)])
    assert result.exit_code == 1
    assert result.output == f"错误：无法在 127.0.0.1:{port} 上提供服务：端口已被占用\n"
