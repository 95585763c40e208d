"""blind16's slide deck and two-column .docx, read by shape (wave 25, D): the forms a source takes there
(`资讯提供：X`, `（消息源：X）`), and a deck's pages read as slides (pdfdeck.py)."""
from __future__ import annotations

from search.parse.parser import parse_text
from search.parse.sources import source_line, source_tail

HEAD = "数字贸易简报\n2026年第3期（总第47期）\n2026年3月31日\n\n"


def test_a_word_of_news_and_a_word_of_supply_before_a_colon_is_a_source_key():
    assert source_line("资讯提供：新华社") == "新华社"
    assert source_line("信息提供方：中国日报网") == "中国日报网"
    assert source_line("新闻源：澎湃新闻") == "澎湃新闻"
    assert source_tail("……推广。（消息源：新华网）")[1] == "新华网"


def test_without_the_colon_they_are_words_of_a_sentence():
    assert source_line("信息提供服务商") is None
    assert source_tail("平台为企业提供信息提供服务。")[1] is None


def test_a_story_ending_in_a_supply_source_keeps_its_body_whole():
    body = ("【行业资讯】\n\n跨境贸易便利化措施全国推广\n\n日前，海关总署决定将一批便利化措施在全国复制推广。（消息源：新华网）\n\n"
            "上海前2个月进出口增长23.1%\n\n3月21日，上海海关公布前2个月进出口数据。\n\n资讯提供：央广网\n")
    items = parse_text(HEAD + body, "t.txt").items
    assert [(i.title, i.source, i.body[-6:]) for i in items] == [
        ("跨境贸易便利化措施全国推广", "新华网", "国复制推广。"), ("上海前2个月进出口增长23.1%", "央广网", "进出口数据。")]


# --- a deck's pages read as slides (pdfdeck.py) ---
from search.parse.pdfdeck import is_deck, mark_deck  # noqa: E402
from search.parse.pdflayout import _Line, _Page  # noqa: E402

W, H = 960.0, 540.0


def _ln(text, top, size=15.0, x0=60.0, page=1):
    return _Line(text, x0, x0 + size * len(text), top, top + size * 1.2, size, False, "F", page, W, H)


def _page(number, *lines, width=W, height=H):
    p = _Page(number, width, height)
    p.lines = list(lines)
    return p


def _deck(*slides):
    cover = _page(1, _ln("数字贸易简报", 200, 40), _ln("2026年第2期", 260, 20))
    close = _page(len(slides) + 2, _ln("谢谢阅读", 220, 40), _ln("协会秘书处", 280, 14))
    return [cover, *slides, close]


def test_four_pages_of_one_landscape_size_are_a_deck():
    pages = _deck(_page(2, _ln("正文", 100)), _page(3, _ln("正文", 100)))
    assert is_deck(pages)
    assert not is_deck(pages[:3])
    assert not is_deck([_page(k, width=595, height=842) for k in range(1, 6)])  # A4 portrait


def test_a_slides_band_and_footer_are_furniture_its_heading_and_source_not():
    band, heading = _ln("开放观察　　2026年第2期", 10, 14), _ln("王文涛：打造购在中国品牌", 80, 23)
    text, source, foot = _ln("1月1日，文章提出扩大入境消费。", 130), _ln("资讯提供：联合报", 480, 11), _ln("协会 │ 4", 515, 10)
    pages = _deck(_page(2, band, heading, text, source, foot), _page(3, _ln("正文一句。", 130)))
    mark_deck(pages, 15.0)
    assert (band.furniture, foot.furniture) == (True, True)
    assert not any(ln.furniture for ln in (heading, text, source))


def test_a_source_set_above_the_heading_is_read_after_the_slides_text():
    head = _ln("数字贸易简报 · 2026年第4期 信息提供：央广网", 20, 10)
    heading, text = _ln("上海前2个月进出口增长23.1%", 72, 21), _ln("3月21日，上海海关公布数据。", 117, 13)
    page = _page(2, head, heading, text)
    mark_deck(_deck(page, _page(3, _ln("正文一句。", 130))), 13.0)
    kept = sorted((ln for ln in page.lines if not ln.furniture), key=lambda ln: ln.top)
    assert [ln.text for ln in kept] == ["上海前2个月进出口增长23.1%", "3月21日，上海海关公布数据。", "信息提供：央广网"]
    assert head.furniture and head.text == "数字贸易简报 · 2026年第4期"


def test_a_divider_slide_keeps_the_sections_name_as_a_banner_and_drops_its_part_number():
    name, part = _ln("数据月报", 200, 44), _ln("P A R T 0 1", 260, 20)
    pages = _deck(_page(2, name, part), _page(3, _ln("正文一句。", 130)))
    mark_deck(pages, 15.0)
    assert (name.furniture, name.banner, part.furniture) == (False, True, True)


def test_a_heading_over_dated_notes_sums_them_up_and_each_note_ends_at_its_gap():
    heading = _ln("协会工作简况", 80, 23)
    notes = [_ln("2月6日，协会组织会员企业调研。", 130), _ln("2月25日，协会召开工作部署会，发布", 170),
             _ln("全年活动计划。", 190), _ln("2月27日，协会举办航运数据沙龙。", 230)]
    pages = _deck(_page(2, heading, *notes), _page(3, _ln("正文一句。", 130)))
    mark_deck(pages, 15.0)
    assert heading.furniture
    assert [ln.ends for ln in notes] == [True, False, True, True]


def test_a_story_slide_keeps_its_heading_though_its_paragraphs_open_with_days():
    heading = _ln("两会举行记者会", 80, 23)
    story = [_ln("3月5日，大会开幕。", 130), _ln("3月6日，举行记者会。", 170), _ln("来源：新华社", 480, 11)]
    pages = _deck(_page(2, heading, *story), _page(3, _ln("正文一句。", 130)))
    mark_deck(pages, 15.0)
    assert not heading.furniture


def test_the_last_slide_with_no_sentence_is_a_closing():
    pages = _deck(_page(2, _ln("正文一句。", 130)), _page(3, _ln("正文一句。", 130)))
    mark_deck(pages, 15.0)
    assert all(ln.furniture for ln in pages[-1].lines)


def test_a_portrait_file_is_left_alone():
    band = _ln("开放观察", 10, 14)
    pages = [_page(k, band if k == 2 else _ln("正文一句。", 130), width=595, height=842) for k in range(1, 6)]
    mark_deck(pages, 15.0)
    assert not band.furniture


def test_a_landscape_newsletter_full_of_text_is_no_deck():
    full = [_page(k, *[_ln("正文一句，很长的一行。", 40 + 12 * r, 10) for r in range(40)]) for k in range(1, 6)]
    assert not is_deck(full)
    mark_deck(full, 10.0)
    assert not any(ln.furniture for p in full for ln in p.lines)
