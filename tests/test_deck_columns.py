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
