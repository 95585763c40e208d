"""Saved web pages (issue 16, wave 17): a banner drawn as a row of badges, a character in each, is one
heading in any editor's markup; an element never runs on into the paragraph before it; the
"reference" family of source keys (`参考来源：X`); image credits (`会员单位供图`) are neither text nor
source, in a web page or a text file."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_source, parse_text
from search.parse.readers import Source
from search.parse.sources import image_credit, source_line
from search.parse.webpage import read_html_blocks

HEAD = ("<div id='js_content'><p style='text-align:center'>数字贸易简报</p><p>2026年第4期（总第48期）</p>"
        "<p>2026年4月30日</p>")


def _parse(html: str):
    return parse_source(Source("2026-04.html", (HEAD + html + "</div>").encode()))


def _items(issue) -> list[tuple]:
    return [(i.section, i.title, i.source) for i in issue.items]


# 135编辑器's way: a flex row of block tiles, rounded, each holding a character, whitespace between
TILES = ('<section style="display:flex;justify-content:center">{}</section>')
TILE = ('<section style="width:26px;height:26px;border-radius:4px;background-color:#c0392b;color:#fff;'
        'text-align:center">\n  {}\n</section>\n')
# inline spans ringed by a border, two characters in each, inside a centred paragraph
RING = '<p style="text-align:center">{}</p>'
RING_CHIP = '<span style="border:1px solid #2e75b6;border-radius:50%;padding:2px 4px;margin:0 3px">{}</span> '


# 秀米's way: an inline block around a round box around a paragraph holding the character
XIUMI = ('<section style="display:inline-block;vertical-align:middle;width:auto;margin:0 2px">'
         '<section style="width:2em;height:2em;border-radius:100%;background-color:#0b5394;color:#fff">'
         '<p style="margin:0;text-align:center"><span>{}</span></p></section></section>')


def _xiumi(name: str) -> str:
    return '<section style="text-align:center;margin:20px 0">' + "".join(XIUMI.format(c) for c in name) + "</section>"


def _tiles(name: str) -> str:
    return TILES.format("".join(TILE.format(ch) for ch in name))


def _rings(name: str) -> str:
    return RING.format("".join(RING_CHIP.format(name[k:k + 2]) for k in range(0, len(name), 2)))


STORY = ("<p><strong>{title}</strong></p><p>{text}</p>{tail}")


@pytest.mark.parametrize("banner", [_tiles, _rings, _xiumi])
def test_a_row_of_badges_is_one_heading_and_an_unknown_name_opens_a_section(banner):
    html = (banner("行业资讯") + STORY.format(title="服务贸易新业态加快发展", text="4月2日，商务部表示将支持服务贸易"
                                                                         "新业态发展，推动数字贸易改革创新",
                                         tail="<p>资料来源：经济日报</p>")
            + banner("跨境观察") + STORY.format(title="中欧班列开行数量同比增长", text="一季度中欧班列开行数量同比增长"
                                                                        "两成，跨境电商货物占比提高。",
                                            tail="<p>参考资料：大连日报</p>"))
    issue = _parse(html)
    assert _items(issue) == [("行业资讯", "服务贸易新业态加快发展", "经济日报"),
                             ("跨境观察", "中欧班列开行数量同比增长", "大连日报")]
    assert issue.items[0].body.endswith("推动数字贸易改革创新")  # the banner after it is no part of it
    texts = [b.text for b in read_html_blocks((HEAD + banner("跨境观察") + "</div>").encode(), "p.html")]
    assert texts[-1] == "跨境观察"  # the characters joined, without the spaces between the badges


def test_badges_among_text_or_a_single_badge_stay_as_they_are():
    chip = '<span style="display:inline-block;border-radius:50%;background:#1f6fb2;color:#fff">{}</span>'
    html = (HEAD + f"<p>{chip.format('一')}本段正文说明一季度的情况，不是标题。</p>"
            f"<p style='text-align:center'>{chip.format('荐')}</p></div>")
    kinds = [(b.kind, b.text) for b in read_html_blocks(html.encode(), "p.html")][-2:]
    assert kinds[0] == ("paragraph", "一本段正文说明一季度的情况，不是标题。")
    assert kinds[1][0] != "title"


def test_an_element_never_runs_on_into_the_paragraph_before_it_a_line_break_may():
    html = (_tiles("行业资讯") + "<p><strong>东北亚数字贸易论坛在大连举行</strong></p>"
            "<p>4月9日，东北亚数字贸易论坛在大连举行，来自五国的企业参加</p><p>论坛发布了合作倡议</p>"
            "<p>与会企业签约项目12个<br>总金额30亿元。</p>")
    body = _parse(html).items[0].body
    assert body.split("\n") == ["4月9日，东北亚数字贸易论坛在大连举行，来自五国的企业参加", "论坛发布了合作倡议",
                                "与会企业签约项目12个总金额30亿元。"]


@pytest.mark.parametrize("line, outlet", [
    ("参考来源：中新网", "中新网"), ("参考资料：新华网", "新华网"), ("参阅：人民网", "人民网"),
    ("素材出处：澎湃新闻", "澎湃新闻"), ("参考资料来源｜光明网", "光明网"), ("（参考来源：财新网）", "财新网"),
    ("參考來源：聯合早報", "聯合早報"), ("资料来源：国家统计局", "国家统计局")])
def test_keys_of_the_reference_family_name_the_source(line, outlet):
    assert source_line(line) == outlet


@pytest.mark.parametrize("line", ["参考价格：每吨3000元", "参考意见如下", "文章参考了新华网的报道"])
def test_a_reference_word_in_other_use_is_no_source_line(line):
    assert source_line(line) is None


@pytest.mark.parametrize("line", ["会员单位供图", "（新华社供图）", "图片来源：新华社", "图/视觉中国", "摄影：张三",
                                  "新华社记者张三摄", "张三/摄影", "图片由会员企业提供", "▲ 受访者供图", "供图：会员企业",
                                  "受访企业提供图片"])
def test_an_image_credit_is_no_source_in_any_position(line):
    assert image_credit(line)
    assert source_line(line) is None and source_line(line, "right") is None


@pytest.mark.parametrize("line", ["《长津湖》在大连开机拍摄", "图为发布会现场的签约仪式，与会企业代表合影。", "来源：新华社"])
def test_a_sentence_or_a_source_is_no_image_credit(line):
    assert not image_credit(line)


def test_an_image_credit_ends_no_body_in_a_page_or_a_text_file():
    html = (_tiles("会员风采") + "<p><strong>大连华信理想数字科技有限公司</strong></p>"
            "<p>公司为本地制造企业提供海外店铺代运营服务。</p>"
            '<section style="text-align:center"><img data-src="x.jpg" alt="受访企业供图"></section>'
            "<p style='text-align:center'>图/视觉中国</p>" + _tiles("协会动态") + "<p>4月9日，协会举办沙龙。</p>")
    issue = _parse(html)
    assert [i.body for i in issue.items] == ["公司为本地制造企业提供海外店铺代运营服务。", "4月9日，协会举办沙龙。"]
    text = ("数字贸易简报\n2026年第4期（总第48期）\n2026年4月30日\n\n【行业资讯】\n\n东北亚数字贸易论坛在大连举行\n\n"
            "4月9日，论坛在大连举行，来自五国的企业参加。\n\n记者 王五 摄\n\n参考来源：大连日报\n")
    item = parse_text(text, "2026-04.txt").items[0]
    assert (item.body, item.source) == ("4月9日，论坛在大连举行，来自五国的企业参加。", "大连日报")


def test_a_reference_key_at_the_end_of_a_paragraph_or_a_title():
    from search.parse.sources import source_tail, title_outlet
    assert source_tail("开源大模型加快落地。（参考来源：中新网）")[1] == "中新网"
    assert source_tail("开源大模型加快落地。——参考资料：新华网")[1] == "新华网"
    assert title_outlet("三家企业接入DeepSeek（参阅：人民网）") == ("三家企业接入DeepSeek", "人民网")
