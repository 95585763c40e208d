"""Shapes of the eleventh held-out set, each in a variant of its own (wave 17): a section's banner
that the conversion of an old Word file joined to the data table above it as its last row, section
and story numbers in pairs (`[2-1]`, `【3—2】`, `2.1　`) and numbers in angle brackets (`＜一＞`), end
marks in words of their own (`本期终`, `本刊完`, `未完待续`), never a story's source."""
from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document
from docx.shared import Pt

from search.parse import legacy
from search.parse.parser import parse_file, parse_source
from search.parse.readers import Source, blocks_of
from search.parse.shapes import is_end_mark, strip_list_number

HEAD = ["数字贸易简报", "2026年第7期（总第51期）", "大连市数字贸易协会编　2026年7月31日"]
DATA_TITLE = "上半年全市服务贸易运行情况"
DATA = "1—6月，全市服务贸易进出口额120.5亿元，同比增长8.2%。"
STORIES = [("甲单位发布跨境数据流动新规", "7月1日，甲单位发布新规，对跨境数据流动作出安排，业内人士认为影响深远。", "新华社"),
           ("乙市数字服务出口基地扩容", "7月8日，乙市新增三家数字服务出口基地，覆盖软件、动漫和跨境电商服务。", "经济日报")]
ACTIVITY = "7月9日，协会召开会员座谈会，二十余家会员企业参加。"
TABLE = [["指标", "金额（亿元）", "同比（%）"], ["服务贸易", "120.5", "8.2"], ["数字贸易", "66.1", "12.4"]]


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def want(section: str) -> list:
    return [("数据月报", DATA_TITLE, None)] + [(section, t, s) for t, _, s in STORIES] + [("协会动态", None, None)]


def _docx_bytes(document) -> bytes:
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def _data_table_with_row(document, name: str, heading: bool, place: str = "end"):
    """The data report's table, a row of one cell across all its columns holding `name`: at its end
    (a banner joined to it) or among its rows (a group's label)."""
    body = TABLE if place == "end" else TABLE[:2]
    table = document.add_table(rows=0, cols=3)
    for values in body:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    row = table.add_row().cells
    merged = row[0].merge(row[2])
    merged.text = name
    paragraph = merged.paragraphs[0]
    if heading:
        paragraph.style = document.styles["Heading 1"]
    else:
        paragraph.runs[0].bold, paragraph.runs[0].font.size = True, Pt(16)
    if place != "end":
        for values in TABLE[2:]:
            for cell, value in zip(table.add_row().cells, values):
                cell.text = value
    return table


def _issue_with_joined_banner(name: str, heading: bool) -> Document:
    document = Document()
    for line in HEAD:
        document.add_paragraph(line)
    document.add_table(rows=1, cols=1).cell(0, 0).text = "数据月报"
    document.add_paragraph(DATA_TITLE).runs[0].bold = True
    document.add_paragraph(DATA)
    _data_table_with_row(document, name, heading)
    for title, text, source in STORIES:
        document.add_paragraph(title).runs[0].bold = True
        document.add_paragraph(text)
        document.add_paragraph(f"文章来源：{source}")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "协会动态"
    document.add_paragraph(ACTIVITY)
    return document


@pytest.mark.parametrize("name,heading", [("政策速览", True), ("政策速览", False), ("【海外视野】", False)])
def test_a_banner_joined_to_the_data_table_above_it_opens_its_section(name, heading):
    """The shape LibreOffice writes for a .doc whose banner table follows the data table directly:
    the banner is the table's last row, one cell across every column, in a Heading style or not."""
    issue = parse_source(Source("2026-07.docx", _docx_bytes(_issue_with_joined_banner(name, heading))))
    section = name.strip("【】")
    assert rows(issue) == want(section)
    assert issue.items[0].body.count(section) == 0


def test_a_group_label_among_a_table_s_rows_stays_a_row():
    document = Document()
    document.add_paragraph(DATA)  # no table at the top: that is a masthead in cells
    _data_table_with_row(document, "其中：", heading=False, place="middle")
    document.add_paragraph(DATA)
    _data_table_with_row(document, "数字服务", heading=False, place="middle")
    tables = [b for b in blocks_of("t.docx", _docx_bytes(document), None) if b.kind == "table"]
    assert [b.cells for b in tables] == [TABLE[:2] + [[label]] + TABLE[2:] for label in ("其中：", "数字服务")]


def test_a_note_under_a_table_stays_in_it():
    document = Document()
    document.add_paragraph(DATA)
    table = _data_table_with_row(document, "注：1—6月为累计数", heading=False)
    assert len(table.rows) == 4
    tables = [b for b in blocks_of("t.docx", _docx_bytes(document), None) if b.kind == "table"]
    assert [b.cells for b in tables] == [TABLE + [["注：1—6月为累计数"]]]


FODT = ('<?xml version="1.0" encoding="UTF-8"?><office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>{}'
        "</office:text></office:body></office:document>")


def _fodt_table(rows_: list[list[str]]) -> str:
    cells = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>"
                                                 for c in r) + "</table:table-row>" for r in rows_)
    return f'<table:table><table:table-column table:number-columns-repeated="{len(rows_[0])}"/>{cells}</table:table>'


def _old_word_body() -> str:
    x = [f"<text:p>{line}</text:p>" for line in HEAD]
    x += [_fodt_table([["数据月报"]]), f"<text:p>{DATA_TITLE}</text:p><text:p>{DATA}</text:p>", _fodt_table(TABLE),
          _fodt_table([["政策速览"]])]  # straight after the data table: one table in the .doc
    for title, text, source in STORIES:
        x.append(f"<text:h text:outline-level=\"2\">{title}</text:h><text:p>{text}</text:p>"
                 f"<text:p>来源：{source}</text:p>")
    x += [_fodt_table([["协会动态"]]), f"<text:p>{ACTIVITY}</text:p>"]
    return FODT.format("".join(x))


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_an_old_word_file_whose_banner_follows_the_data_table(tmp_path):
    """Written as a .doc by LibreOffice itself: the two tables become one there, read back apart."""
    src = tmp_path / "in.fodt"
    src.write_text(_old_word_body(), encoding="utf-8")
    subprocess.run([legacy.soffice(), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=240)
    doc = tmp_path / "2026-07.doc"
    (tmp_path / "in.doc").rename(doc)
    assert rows(parse_file(doc)) == want("政策速览")


def text_issue(number=lambda k, i: "", end: str = "") -> str:
    lines = list(HEAD) + ["", "◆数据月报◆", number(1, 0) + DATA_TITLE, DATA, "", "◆行业资讯◆"]
    for i, (title, text, source) in enumerate(STORIES):
        lines += [number(2, i) + title, text, f"——选自：{source}", ""]
    return "\n".join(lines + ["◆协会动态◆", ACTIVITY, end, ""])


@pytest.mark.parametrize("number", [lambda k, i: f"[{k}-{i + 1}]", lambda k, i: f"【{k}—{i + 1}】 ",
                                    lambda k, i: f"（{k}.{i + 1}）", lambda k, i: f"{k}-{i + 1} ",
                                    lambda k, i: f"{k}–{i + 1}、", lambda k, i: f"＜{'一二'[i]}＞",
                                    lambda k, i: f"<{k}.{i + 1}> ", lambda k, i: f"‹{i + 1}›"])
def test_section_and_story_numbers_in_pairs_leave_the_title(number):
    assert rows(parse_source(Source("2026-07.txt", text_issue(number).encode()))) == want("行业资讯")


@pytest.mark.parametrize("title", ["2025—2026年数字贸易合作规划", "1.3万亿元跨境电商交易额创新高", "2025-03-01 起施行的新规",
                                   "03-15 消费者权益日活动", "1—2 月外贸数据", "3-5 家企业获批", "12.5 亿元项目签约",
                                   "<数据要素×>行动计划"])
def test_numbers_that_are_a_date_a_range_or_a_figure_stay(title):
    assert strip_list_number(title) == title


@pytest.mark.parametrize("mark", ["（本期终）", "本刊完", "——本辑完毕——", "【全文结束】", "（未完待续）", "The End",
                                  "- 本期内容完 -"])
def test_end_marks_in_words_of_their_own(mark):
    assert is_end_mark(mark)
    issue = parse_source(Source("2026-07.txt", text_issue(end=mark).encode()))
    assert rows(issue) == want("行业资讯")
    assert mark not in issue.items[-1].body


@pytest.mark.parametrize("line", ["完成", "期终考核", "本期完成情况", "全文完整版", "结束语", "待续费用"])
def test_words_that_hold_an_end_word_are_no_end_mark(line):
    assert not is_end_mark(line)


def test_an_end_mark_centred_under_the_last_activity_of_a_word_file():
    document = _issue_with_joined_banner("行业资讯", heading=True)
    document.add_paragraph("（本刊完）").alignment = 1  # centred
    issue = parse_source(Source("2026-07.docx", _docx_bytes(document)))
    assert rows(issue) == want("行业资讯")


@pytest.mark.parametrize("entry", [lambda n, t: f"{n}：{t}", lambda n, t: f"1. {n}: {t}", lambda n, t: f"· {n}｜{t}"])
def test_a_contents_entry_that_names_its_section_titles_the_data_report(entry):
    """A contents list under no section headings (`数据月报：X`): the data report, untitled in the issue,
    is titled by its entry."""
    lines = list(HEAD) + ["", "本期目录", entry("数据月报", DATA_TITLE), entry("行业资讯", STORIES[0][0]), "协会动态", "",
                          "◆数据月报◆", DATA, "", "◆行业资讯◆"]
    for title, text, source in STORIES:
        lines += [title, text, f"来源：{source}", ""]
    lines += ["◆协会动态◆", ACTIVITY, ""]
    assert rows(parse_source(Source("2026-07.txt", "\n".join(lines).encode()))) == want("行业资讯")
