"""Hostile and odd input to the newest readers (issue 16, wave 11): bounded before the walk, refused
by name, and ordinary briefings not taken for what they are not."""
from __future__ import annotations

import pytest

from search import limits
from search.errors import CorpusError
from search.parse import webpage
from search.parse.mht import mht_html
from search.parse.readers import blocks_of


def _page(n: int, tag: str = "div") -> str:
    return "<html><body>" + f"<{tag}></{tag}>" * n + "<p>大连市数字贸易协会召开理事会。</p></body></html>"


def _archive(page: str, parts: int = 0) -> bytes:
    images = "".join("--b\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(parts))
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + page + "\r\n" + images + "--b--\r\n").encode()


def test_a_page_of_more_elements_than_the_limit_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(webpage, "HTML_ELEMENTS", 300)
    with pytest.raises(CorpusError) as err:
        blocks_of("many.html", _page(400).encode())
    assert "元素太多" in err.value.reason and "300" in err.value.reason
    blocks = blocks_of("few.htm", _page(200, "span").encode())
    assert any("理事会" in b.text for b in blocks)


def test_the_same_limit_holds_for_a_page_inside_a_web_archive(monkeypatch):
    monkeypatch.setattr(webpage, "HTML_ELEMENTS", 300)
    with pytest.raises(CorpusError) as err:
        blocks_of("many.mht", _archive(_page(400, "p")))
    assert "元素太多" in err.value.reason
    assert any("理事会" in b.text for b in blocks_of("few.mht", _archive(_page(100, "p"))))


def test_an_archive_of_more_parts_than_the_limit_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(limits, "MHT_PARTS", 50)
    with pytest.raises(CorpusError) as err:
        blocks_of("parts.mhtml", _archive(_page(3), parts=80))
    assert "部分太多" in err.value.reason and "50" in err.value.reason
    assert any("理事会" in b.text for b in blocks_of("parts.mht", _archive(_page(3), parts=20)))


@pytest.mark.parametrize("data", [
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n",  # no part at all
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
    b"Content-Type: text/html; charset=x-no-such\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n--b--",
    b"Content-Type: multipart/mixed; boundary=a\r\n\r\n" + b"--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n" * 3000,
])
def test_a_malformed_archive_gives_no_page_or_a_clear_refusal(data):
    assert mht_html(data) is None or isinstance(mht_html(data), bytes)
    with pytest.raises(CorpusError):
        blocks_of("odd.mht", data)


# --- ordinary briefings not taken for a chat export or a wrapper's routing log ----------------------

def _briefing(agenda: list[str], after: list[str]) -> str:
    return "\n".join([
        "数字贸易简报", "2026年第6期（总第50期）", "大连市数字贸易协会秘书处编　2026年6月30日", "",
        "【行业资讯】", "商务部发布数字贸易发展报告",
        "6月20日，商务部发布数字贸易发展报告，我国可数字化交付的服务进出口同比增长6.8%。", "来源：经济日报", "",
        "【协会动态】", "协会将举办数据合规沙龙", "协会将于7月举办数据跨境流动合规沙龙，日程如下：",
        *agenda, *after, ""])


AGENDA = ["2026/7/12 上午9:00 开幕致辞", "2026/7/12 上午9:30 跨境数据实务（海创科技）", "2026/7/12 下午2:00 案例分享"]


def test_a_briefing_with_an_agenda_of_dated_times_is_no_chat_and_keeps_the_agenda():
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    text = _briefing(AGENDA, ["欢迎会员单位报名参加，报名截止7月5日。"])
    issue = parse_source(Source("agenda.txt", text.encode("gb18030")))
    assert [i.section for i in issue.items][:1] == ["行业资讯"]
    body = "".join(i.body for i in issue.items)
    assert "开幕致辞" in body and "案例分享" in body and "报名截止" in body


def test_a_routing_log_at_the_end_is_still_the_wrapper_s():
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    text = _briefing([], ["欢迎会员单位报名参加，报名截止7月5日。", "", "处理记录：",
                          "2026/6/29 16:20　李明　拟稿", "2026/6/30 09:05　王芳　审核通过"])
    issue = parse_source(Source("logged.txt", text.encode()))
    assert "报名截止" in issue.items[-1].body and "拟稿" not in issue.items[-1].body


def test_a_story_naming_a_member_who_is_also_a_sender_keeps_its_line():
    from search.parse import chatlog
    lines = ["群聊导出", "", "2026-06-30 09:00 海创科技", "收到", "",
             "2026-06-30 09:01 秘书处-小李", "【会员风采】", "海创科技获评国家级示范企业",
             "海创科技成立于2010年，是大连数字服务出口的骨干企业。", "", "“海创科技”撤回了一条消息", "", "海创科技 拍了拍 秘书处-小李", "",
             "2026-06-30 09:05 秘书处-小李", "[文件]", ""]
    out = chatlog.furniture(lines)
    assert {7, 8} - out == {7, 8}  # the story's title and text
    assert {10, 12} <= out  # system lines: the name in quotes, or names and little else


def test_rules_under_single_lines_of_a_plain_briefing_are_no_restructuredtext_headings():
    from search.parse import lightmarkup
    from search.parse.parser import parse_source
    from search.parse.readers import Source
    rule = "=" * 36  # a rule of a fixed length, wider than the line above it
    text = "\n".join([
        "数字贸易简报", "2026年第6期（总第50期）", "大连市数字贸易协会秘书处编　2026年6月30日", "", "【行业资讯】", "",
        "海关总署公布前5个月外贸数据", "", "前5个月，我国货物贸易进出口总值17.94万亿元，同比增长2.5%。", "",
        "来源：海关总署", rule, "", "工信部发布软件业运行情况", "", "1-5月，我国软件业务收入5.6万亿元，同比增长11%。", "",
        "来源：工信部网站", rule, ""])
    assert lightmarkup.to_markdown(text) == text
    issue = parse_source(Source("rules.txt", text.encode()))
    assert [i.source for i in issue.items] == ["海关总署", "工信部网站"]
    rst = "\n".join(["", "行业资讯", "========", "", "正文。", "", "会员风采", "=========", "", "正文。"])
    assert lightmarkup.to_markdown(rst).split("\n")[1] == "# 行业资讯"  # an underline as wide as its title


@pytest.mark.parametrize("line", [
    "??甲 " * 10_000,  # citations opened, never closed
    "".join(f"{{m{k}}}" for k in range(10_000)),  # macros opened, never closed
    "{a:" * 10_000,
    "[" * 20_000 + "#x#",  # a link's or a span's bracket, never closed
    "[[" * 10_000 + "== 甲 " * 5_000,
])
def test_a_long_line_of_marks_never_closed_is_read_in_one_pass(line):
    from search.parse.blocks import text_blocks
    for head in ("h1. 甲\nh2. 乙\n", "= 甲\n== 乙\n:k: v\n"):  # as wiki, as AsciiDoc: the marks' lines go
        assert [b.text for b in text_blocks(head + line)][:2] == ["甲", "乙"]
    assert len(text_blocks(line)[-1].text) >= 10_000  # as plain text: the line kept whole


def test_a_sentence_of_thousands_of_named_changes_reads_each_once():
    """Each change looked for among the figures read before it: among the last few hundred, not all
    (10,000 of them took a minute); a change of a figure read just before still joins it."""
    from search import figures
    from search.model import IssueMeta, Item
    body = "2025年1-6月，" + "，".join(f"第{k}类服务出口增长{k % 90 + 1}.5%" for k in range(1500)) + "。" \
        + "1-6月，软件业务收入5.6万亿元，同比增长11%，占全国的比重为30.5%。"
    meta = IssueMeta(2025, 7, None, "2025-07-28")
    it = Item(id="2025-07-01", file="t.txt", issue=meta, section="数据月报", title=None, source=None, date=None,
              orgs=[], body=body, lines=(1, 1))
    found, _ = figures.extract_item(it)
    assert len([f for f in found if f["indicator"].endswith("类服务出口") and f["yoy_pct"]]) == 1500
    soft = [f for f in found if f["indicator"] == "软件业务收入"]
    assert [(f["value"], f["unit"], f["yoy_pct"], f["share_pct"]) for f in soft] == [(5.6, "万亿元", 11.0, 30.5)]
