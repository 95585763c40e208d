"""Forms the mutation run (bench/drift_mutations.py) found read wrong, each fixed by its shape; the
examples here are in other words than the rewritten issues."""
from __future__ import annotations

from search.parse.parser import parse_text

HEAD = "数字贸易简报\n2026年第3期（总第47期）\n2026年3月31日\n\n"


def _items(text: str):
    return [(i.section, i.title, i.source, i.body[:12]) for i in parse_text(text, "t.txt").items]


def test_trailing_spaces_after_sentences_only_are_no_printed_export():
    """Spaces left after each paragraph's sentences (an editor's habit), none after the short lines
    (titles, banners, sources): no PDF export whose unspaced lines run on, so a title stays one line."""
    body = ("【行业资讯】\n\n● 跨境电商综试区再扩容\n\n3月12日，商务部等部门宣布新设一批跨境电商综合试验区。 \n\n"
            "各地将完善海外仓和物流通道建设，推动外贸新业态发展。 \n\n来源：经济日报\n\n"
            "● 数据标注基地建设提速\n\n3月20日，国家数据局通报了数据标注基地的建设进展。 \n\n"
            "基地已汇聚一批高质量数据集，服务人工智能训练。 \n\n来源：新华社\n")
    items = _items(HEAD + body)
    assert [(s, t, src) for s, t, src, _ in items] == [
        ("行业资讯", "跨境电商综试区再扩容", "经济日报"), ("行业资讯", "数据标注基地建设提速", "新华社")]


def test_a_printed_export_still_runs_unspaced_lines_on():
    """pdftotext's text: a short line ends a paragraph with a space, a wrapped one has none; a title
    wrapped over two lines is one title."""
    body = ("【行业资讯】 \n\n国务院印发《关于进一步优化外商投资环境加大吸引外商\n投资力度的意见》 \n"
            "8 月 13 日，国务院印发《关于进一步优化外商投资环境加大吸引\n外商投资力度的意见》。 \n"
            "意见明确六大方面 24 条政策措施，提高利用外资质量。 \n来源：新华社 \n")
    items = _items(HEAD + body)
    assert items[0][1] == "国务院印发《关于进一步优化外商投资环境加大吸引外商投资力度的意见》"


def test_a_hash_and_a_number_before_a_title_number_it():
    """`#4 X` in plain text is a story's number, not a Markdown heading (one needs a space after its
    marks): the title keeps no digit of it, even before a word that reads as a unit (`亿`)."""
    body = ("【会员风采】\n\n#1 亿嘉和科技有限公司\n\n公司成立于2014年，专注电力巡检机器人研发制造。\n\n"
            "#2 万达信息股份有限公司\n\n公司深耕智慧城市与医疗信息化领域多年。\n")
    assert [t for _, t, _, _ in _items(HEAD + body)] == ["亿嘉和科技有限公司", "万达信息股份有限公司"]


def test_a_source_key_and_its_outlet_set_apart_by_a_space():
    """`来源　X`, `信息来源 X`: a key of the source family and an outlet, a space between and nothing
    else on the line, name the story's source as `来源：X` does."""
    from search.parse.sources import source_line
    assert source_line("稿件来源　中国日报网") == "中国日报网"
    assert source_line("信息来源 澎湃新闻") == "澎湃新闻"
    assert source_line("来源新华社") == "新华社"  # the space gone, as a line is normalised
    assert source_line("来源 分析显示，出口增长较快。") is None  # a sentence is no outlet


def test_a_source_key_before_names_a_list_does_not_hold():
    """The outlet after a key set apart by a space (or by nothing, once a line is normalised) is a medium's
    name or media's (`X、Y`); a kind of reporter (`来源于网络`), a word the key begins (`来源地规则`) or a
    sentence is none."""
    from search.parse.sources import source_line
    assert source_line("来源 北京青年报") == "北京青年报"
    assert source_line("来源地规则") is None
    assert source_line("来源 央视新闻、经济参考报") == "央视新闻、经济参考报"
    assert source_line("本文来源于网络") is None


def test_a_latin_gloss_inside_a_frame_or_after_it_is_no_part_of_the_name():
    """`〖政策速递 POLICY WATCH〗`, `✦ 数据月报 ✦ Monthly Data`: the section is the Chinese name alone."""
    from search.parse.banners import banner
    from search.parse.blocks import Block
    assert banner(Block("paragraph", "〖政策速递 POLICY WATCH〗")) == "政策速递"
    assert banner(Block("paragraph", "✦ 数据月报 ✦ Monthly Data")) == "数据月报"
    assert banner(Block("paragraph", "⟪第三部分 会员风采 Members⟫")) == "会员风采"


def test_a_frame_with_its_gloss_after_it_keeps_its_first_glyph():
    """`◆ 行业资讯 ◆ Industry News` is a framed line whose gloss follows the frame: its `◆` is no bullet."""
    from search.parse.blocks import classify
    assert classify("◆ 行业资讯 ◆ Industry News") == ("paragraph", "◆ 行业资讯 ◆ Industry News", None)
    assert classify("◆ 标题在这里 Some words")[0] == "list_item"  # a bullet before a title, a gloss after it
