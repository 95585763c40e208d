"""The shapes of tests/data/drift21/ (its README.md), each rule tried on a variant of its own: another outlet, another
editor's credit, another bracket, another archive."""
from __future__ import annotations

import quopri

import pytest

from search.parse.meta import header_meta
from search.parse.parser import parse_file, parse_text
from search.parse.sources import source_line, source_tail

_HEAD = "数字贸易简报\n2026年第4期（总第40期）\n2026年4月30日\n\n"
_BODY = "4月14日，海关总署发布一季度进出口数据。"


def _items(text):
    return [(it.section, it.title, it.source) for it in parse_text(_HEAD + text, "x.txt").items]


@pytest.mark.parametrize("tail, outlet", [("（本刊综合新华社报道）", "新华社"), ("（本报综合人民网消息）", "人民网"),
                                          ("(编辑部综合澎湃新闻报道)", "澎湃新闻"), ("（本刊据新华社报道）", "新华社")])
def test_an_editors_credit_before_whose_report_it_is(tail, outlet):
    assert source_tail(_BODY + tail)[1] == outlet


@pytest.mark.parametrize("tail, outlet", [("——新京报", "新京报"), ("—— 界面新闻", "界面新闻"), ("[澎湃新闻]", "澎湃新闻"),
                                          ("［中国经济网］", "中国经济网"), ("〔南方日报〕", "南方日报"),
                                          ("（据封面新闻）", "封面新闻"), ("(据中国新闻网)", "中国新闻网")])
def test_an_outlet_after_the_last_sentence_with_no_key(tail, outlet):
    assert source_tail(_BODY + tail) == (_BODY, outlet, tail)


@pytest.mark.parametrize("tail", ["——这是第一步", "——2026年", "[1]", "（据统计）", "（据了解）", "［完］", "——记者张三",
                                  "（据海关总署）"])
def test_a_dash_or_a_bracket_after_the_text_that_names_no_outlet(tail):
    assert source_tail(_BODY + tail)[1] is None


def test_a_dash_inside_a_sentence_is_no_attribution():
    assert source_tail("两国签署协议——中欧班列")[1] is None  # no sentence ends before the dash


@pytest.mark.parametrize("line, outlet", [("（钜亨网供稿）", "钜亨网"), ("新华网供稿", "新华网"), ("(中国电子报 供稿)", "中国电子报")])
def test_an_outlet_that_supplied_the_copy(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["（张三供稿）", "会员单位供稿", "文/张三　供稿"])
def test_a_person_or_a_kind_supplying_copy_is_no_outlet(line):
    assert source_line(line) is None


def test_stories_closed_by_an_editors_credit_part_there():
    text = ("【行业资讯】\n\n海关总署发布一季度数据\n" + _BODY + "（本刊综合新华社报道）\n\n"
            "欧盟发布数字市场新规\n4月16日，欧盟委员会发布新规。——界面新闻\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", "新华社"), ("行业资讯", "欧盟发布数字市场新规", "界面新闻")]


def test_a_timestamp_in_a_header_gives_way_to_the_printed_date():
    lines = ["数字贸易简报 2026年第1期", "创建时间 @2026年1月27日 14:02", "2026年第1期（总第45期）", "协会秘书处　2026年1月31日"]
    assert header_meta(lines)["date"] == "2026-01-31"
    assert header_meta(["发布时间：2026-05-31 17:05", "2026年第5期"])["date"] == "2026-05-31"  # the only date


def test_a_web_archive_saved_under_an_html_name_is_read_as_an_archive(tmp_path):
    page = ("<html><body><h1>数字贸易简报</h1><p>2026年第5期（总第49期）</p><p>2026年5月31日</p><h2>【行业资讯】</h2>"
            "<p><b>海关总署发布一季度数据</b></p><p>" + _BODY + "</p><p>来源：新华社</p></body></html>").encode("utf-8")
    b = "----MultipartBoundary--x1----"
    mime = ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            "%s\r\n--%s--\r\n") % (b, b, quopri.encodestring(page).decode("ascii"), b)
    path = tmp_path / "简报第5期.html"
    path.write_bytes(mime.encode("ascii"))
    issue = parse_file(path)
    assert [(it.section, it.title, it.source) for it in issue.items] == [("行业资讯", "海关总署发布一季度数据", "新华社")]


@pytest.mark.parametrize("counts", ["阅读 1326　点赞 18", "浏览：356 评论：4 收藏：2", "在看 12 转发 3"])
def test_a_line_of_counters_after_the_last_story_is_no_item(counts):
    page = ("<html><body><article><h1>数字贸易简报</h1><p>2026年第3期（总第47期）　2026年3月31日</p><h2>▌协会动态</h2>"
            "<p>3月6日，协会召开2026年第一次理事会，审议通过年度工作计划。</p><footer><p>" + counts + "</p></footer>"
            "</article></body></html>").encode("utf-8")
    from search.parse.parser import parse_blocks
    from search.parse.webpage import read_html_blocks
    items = parse_blocks(read_html_blocks(page, "x.html"), "x.html").items
    assert [it.body[:5] for it in items] == ["3月6日，"]


@pytest.mark.parametrize("credit", ["（文/张三）", "责任编辑：张三", "（记者 王五）"])
def test_a_credit_under_a_story_does_not_hide_the_next_title(credit):
    text = ("【行业资讯】\n\n海关总署发布一季度数据\n" + _BODY + "\n" + credit + "\n\n"
            "欧盟发布数字市场新规\n4月16日，欧盟委员会发布新规。\n")
    assert _items(text) == [("行业资讯", "海关总署发布一季度数据", None), ("行业资讯", "欧盟发布数字市场新规", None)]


@pytest.mark.parametrize("line, outlet", [("据新华社", "新华社"), ("（据新华社）", "新华社"), ("——据中国新闻网", "中国新闻网"),
                                          ("文/张三　来源：新华社", "新华社"), ("（图/李四　信息来源：澎湃新闻）", "澎湃新闻")])
def test_a_line_of_whose_report_or_of_credits_and_the_source(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["据统计", "（据了解）", "据海关总署", "文/张三　编辑/李四"])
def test_a_line_of_hearsay_or_credits_naming_no_outlet(line):
    assert source_line(line) is None
