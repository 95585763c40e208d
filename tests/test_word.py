"""Word files as the association keeps them: automatic numbering, sources in footnotes, a masthead
laid out in a table, and old .doc files converted by LibreOffice (or refused, saying how to convert)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from search.errors import CorpusError
from search.parse import legacy
from search.parse.parser import parse_file
from search.parse.readers import read_blocks
from search.parse.wordnum import Numbering, chinese, format_number

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


def test_automatic_numbers_are_kept_apart_from_the_heading_text():
    headings = [(b.number, b.text) for b in read_blocks(SHAPES / "2025-09.docx") if b.kind == "heading" and b.level == 1]
    assert headings == [("一、", "数据月报"), ("二、", "行业资讯"), ("三、", "会员风采"), ("四、", "协会动态")]


def test_a_source_given_only_in_a_footnote_is_the_story_s_source():
    issue = parse_file(SHAPES / "2025-09.docx")
    sources = {i.title: i.source for i in issue.items if i.section == "行业资讯"}
    assert sources == {"2025年服贸会在北京闭幕达成900余项成果": "中国国际广播电台",
                       "第四届全球数字贸易博览会在杭州闭幕投资贸易意向签约1619.8亿元": "中新网",
                       "《人工智能生成合成内容标识办法》9月1日起施行": "人民邮电报"}
    assert not any("来源" in i.body for i in issue.items)


def test_a_masthead_laid_out_in_a_table_is_the_header():
    issue = parse_file(SHAPES / "2025-09.docx")
    assert issue.header[:3] == ["数字贸易简报", "2025年第9期", "总第41期"]
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 9, 41, "2025-09-30")


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"),
                                     (100, "一百"), (105, "一百零五"), (110, "一百一十")])
def test_chinese_counting(n, text):
    assert chinese(n) == text


@pytest.mark.parametrize("fmt, text", [("decimal", "3"), ("decimalEnclosedCircle", "③"), ("lowerLetter", "c"),
                                       ("upperRoman", "III"), ("ideographTraditional", "丙"), ("decimalZero", "03")])
def test_number_formats(fmt, text):
    assert format_number(3, fmt) == text


def test_numbering_counts_per_level_and_restarts_below():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f"""<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
    </w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""
    numbering = Numbering(etree.fromstring(xml))
    got = [numbering.next("5", level)[0] for level in (0, 1, 1, 2, 0, 1)]
    assert got == ["一、", "（1）", "（2）", "●", "二、", "（1）"]
    assert numbering.next("9", 0) is None


def test_without_libreoffice_an_old_word_file_is_refused_saying_how_to_convert(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without soffice
    with pytest.raises(CorpusError) as err:
        parse_file(SHAPES / "2025-12.doc")
    assert err.value.reason == legacy.NOT_INSTALLED
    assert "LibreOffice" in err.value.reason and ".docx" in err.value.reason


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_an_old_word_file_is_converted_by_libreoffice_quietly(tmp_path):
    """The real command line: the items of the .doc; LibreOffice's own output never reaches the
    terminal, and it writes nothing in HOME (jianbao's own cache folder aside)."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    done = subprocess.run([sys.executable, "-m", "jianbao", "parse", str(SHAPES / "2025-12.doc"), "--json"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0 and done.stderr == ""
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert {(i["issue"]["year"], i["issue"]["number"], i["issue"]["total"]) for i in items} == {(2025, 12, 44)}
    assert [i["section"] for i in items].count("行业资讯") == 3
    own = home / ".cache" / "jianbao"  # the parse cache of `parse` without an index folder
    assert [p for p in home.rglob("*") if p not in own.parents and p != own and own not in p.parents] == []


@pytest.mark.parametrize("runs, printed", [
    # a note cited with a mark of the author's own (`customMarkFollows`): the mark is the next run, the note's sign
    ('<w:r><w:t>稳定文本。</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/></w:r>'
     '<w:r><w:t>※</w:t></w:r>', "稳定文本。"),
    ('<w:r><w:t>稳定文本。</w:t></w:r><w:r><w:endnoteReference w:customMarkFollows="true" w:id="1"/></w:r>'
     '<w:r><w:t>*</w:t></w:r><w:r><w:t>后文。</w:t></w:r>', "稳定文本。后文。"),
    # the mark in the reference's own run; the text after it stays
    ('<w:r><w:t>稳定文本。</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>†</w:t></w:r>'
     '<w:r><w:t>后文。</w:t></w:r>', "稳定文本。后文。"),
    # Word's own numbered reference prints no text of the run's
    ('<w:r><w:t>稳定文本。</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r><w:r><w:t>后文。</w:t></w:r>',
     "稳定文本。后文。"),
])
def test_a_notes_own_mark_is_no_part_of_the_paragraph(runs, printed):
    from search.parse.wordparts import paragraph_text
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    assert paragraph_text(etree.fromstring(f'<w:p xmlns:w="{w}">{runs}</w:p>')) == printed
