"""The dash between two names (中国—东盟, 上海—大连) is printed as long and as high as 一, and the
recogniser reads it so; the words around it tell them apart (search/parse/ocrdash.py, with LAC).
Variants in other names and wordings than the held-out scans', and the 一 of words that must stay."""
from __future__ import annotations

import pytest

from search.parse import ocr, ocrdash
from test_scans import CJK_FONT


@pytest.mark.parametrize("read, printed", [
    ("第三届中国一东北亚博览会在长春开幕", "第三届中国—东北亚博览会在长春开幕"),
    ("广州一深圳城际铁路", "广州—深圳城际铁路"),
    ("大连一营口港口合作", "大连—营口港口合作"),
    ("东盟一欧盟对话", "东盟—欧盟对话"),
    ("俄罗斯一白俄罗斯联盟", "俄罗斯—白俄罗斯联盟"),
    ("中国一阿拉伯国家博览会", "中国—阿拉伯国家博览会"),   # the name after it begins with a place
    ("统一市场，中国一新加坡合作", "统一市场，中国—新加坡合作"),
    # a 一 of a word, or next to a place and a common word, stays
    ("建设全国统一大市场", None), ("中国一季度GDP增长5.4%", None), ("共建一带一路", None),
    ("非洲第一大贸易伙伴", None), ("全球唯一一家", None), ("推进东盟一体化", None),
    ("中国一汽集团发布新车", None), ("大连一企业获评", None), ("浙江一带的企业", None),
    ("商务部一负责人表示", None), ("美国一家企业", None), ("北京一中学", None), ("1一3月", None),
])
def test_a_dash_between_two_names_is_put_back(read, printed):
    assert ocrdash.dashes(read) == (printed or read)


@pytest.mark.skipif(not CJK_FONT.exists() or not ocr.available(), reason="needs the CJK font and rapidocr")
def test_a_dash_read_on_a_scanned_page_across_a_line_break(tmp_path):
    """A 一 drawn where the dash stands, the name broken across two lines of a paragraph: the block's
    joined text has the dash; a 统一 on the same page keeps its 一."""
    from PIL import Image, ImageDraw, ImageFont

    from search.parse.pdf import read_pdf_blocks

    px = 28
    font = ImageFont.truetype(str(CJK_FONT), px)
    image = Image.new("L", (px * 18, px * 6), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(["6月9日，首届中国一东", "北亚经贸合作论坛在", "沈阳举行，推进统一市场。"]):
        draw.text((px, px + n * round(px * 1.6)), line, font=font, fill=0)
    path = tmp_path / "dash.pdf"
    image.save(path, "PDF", resolution=150)
    text = "".join(b.text for b in read_pdf_blocks(path.read_bytes(), path.name, cache_dir=tmp_path))
    assert "中国—东北亚" in text
    assert "统一市场" in text


@pytest.mark.parametrize("read, printed", [
    ("我国白美国进口大豆增长", "我国自美国进口大豆增长"),
    ("货物白上海港出发", "货物自上海港出发"),
    # 白 in a word or a name stays
    ("白俄罗斯进口增长", None), ("中国自白俄罗斯进口", None), ("白宫发布", None), ("白名单企业", None),
    ("白皮书发布", None), ("白酒出口", None), ("黑白电视", None), ("白银价格", None),
])
def test_a_from_read_one_stroke_short_is_put_back(read, printed):
    assert ocrdash.as_printed(read) == (printed or read)


def test_a_recognised_table_cell_is_read_as_printed():
    assert ocrdash.in_rows([["中国白巴西进口", "1168"], ["中国一东盟", "3.5"]])[1][0] == "中国—东盟"


@pytest.mark.parametrize("read, printed", [
    ("已是全球较好的港口之—。", "已是全球较好的港口之一。"),   # a dash cannot close a clause
    ("其中之—，另一个是", "其中之一，另一个是"),
    ("建设全国统—大市场", "建设全国统一大市场"),
    ("东北第—大港口", "东北第一大港口"),
    ("全国唯—的试点", "全国唯一的试点"),
    # a dash between two names, between numbers or doubled stays
    ("北京—天津城际", None), ("中国—中亚峰会", None), ("2025—2027年", None), ("他说——这是", None),
])
def test_a_one_read_long_as_a_dash_is_put_back(read, printed):
    assert ocrdash.as_printed(read) == (printed or read)


@pytest.mark.parametrize("read, printed", [
    ("一1.6", "-1.6"), ("—20.2", "-20.2"), ("－3.5%", "-3.5%"),       # a cell's minus read as 一 or a dash
    ("9 632.1", "9632.1"), ("1 234 567.8", "1234567.8"),               # digits grouped by thin spaces
    # not a number alone: as read
    ("1一3月", None), ("一是加强合作", None), ("—2025年以来", None), ("2024年 1 000家", None), ("5 99", None),
])
def test_a_number_alone_on_its_line_keeps_its_sign_and_digits(read, printed):
    from search.parse import ocrmarks

    assert ocrmarks.as_printed(read) == (printed or read)


@pytest.mark.parametrize("read, printed", [
    ("8月份国民经济和1一8月份工业企业利润", "8月份国民经济和1—8月份工业企业利润"),
    ("2024一2025年度报告", "2024—2025年度报告"),      # years
    ("展会于10月20一23日举行", "展会于10月20—23日举行"),   # days
    ("前1一3季度", "前1—3季度"), ("3一5个月内完成", "3—5个月内完成"), ("1月一8月累计", "1月—8月累计"),
    # a 一 with a number on one side only, or a range with no period word after it, stays
    ("1一", None), ("第一季度", None), ("一1.6", None), ("2025年一季度增长5.4%", None), ("全年一2025年", None),
    ("15156.5一1.7", None), ("增长1.1一3.5%", None),
])
def test_a_dash_between_two_numbers_of_a_period_is_the_range_dash(read, printed):
    assert ocrdash.as_printed(read) == (printed or read)
