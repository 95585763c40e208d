"""The analyzers keep Whoosh's Tokenizer contract; normalisation is the same at index and query time."""
from __future__ import annotations

import pytest

from search import analyze


@pytest.fixture(scope="module", autouse=True)
def jieba_ready():
    analyze.setup()


def tokens(tokenizer, text, **kw):
    return [(t.text, t.pos, t.startchar, t.endchar)
            for t in tokenizer(text, positions=True, chars=True, **kw)]


def test_word_positions_are_ordinals_and_chars_are_offsets_in_the_original():
    text = "大连市服务外包，跨境電商ＲＣＥＰ"
    got = tokens(analyze.WordTokenizer(), text, mode="index")
    assert got == [("大连市", 0, 0, 3), ("大连", 0, 0, 2), ("服务外包", 1, 3, 7), ("服务", 1, 3, 5),
                   ("外包", 1, 5, 7), ("跨境电商", 2, 8, 12), ("跨境", 2, 8, 10), ("电商", 2, 10, 12),
                   ("rcep", 3, 12, 16)]
    for word, _, start, end in got:
        assert analyze.normalize(text[start:end]) == word


def test_queries_are_cut_in_precise_mode_without_sub_words():
    got = tokens(analyze.WordTokenizer(), "跨境电商", mode="query")
    assert got == [("跨境电商", 0, 0, 4)]


def test_digits_percentages_and_latin_words_are_kept():
    assert analyze.words("5G 商用 ChatGPT 同比下降44.93% 2023年 1-9月 RCEP") == [
        "5g", "商用", "chatgpt", "同比下降", "44.93%", "2023", "年", "1", "9", "月", "rcep"]


def test_no_latin_sub_words_inside_longer_words():
    assert [t.text for t in analyze.WordTokenizer()("Bain", mode="index")] == ["bain"]


def test_character_view_bigrams_then_the_last_character():
    got = tokens(analyze.CharTokenizer(), "亿达科创，AI")
    assert got == [("亿达", 0, 0, 2), ("达科", 1, 1, 3), ("科创", 2, 2, 4), ("创", 3, 3, 4),
                   ("ai", 4, 5, 7), ("i", 5, 6, 7)]


def test_positions_and_chars_are_optional():
    token = next(iter(analyze.CharTokenizer()("数字", positions=False, chars=False)))
    assert token.text == "数字" and not hasattr(token, "startchar")


@pytest.mark.parametrize("text, expected", [("數字貿易", "数字贸易"), ("ＲＣＥＰ　５Ｇ", "rcep 5g"),
                                            ("（来源：新华网）", "(来源:新华网)")])
def test_normalisation(text, expected):
    assert analyze.normalize(text) == expected


def test_offsets_survive_characters_that_expand_under_nfkc():
    text = "面积100㎡的展位"  # ㎡ becomes m2: two characters from one
    norm, offsets = analyze.normalize_map(text)
    assert norm == "面积100m2的展位"
    assert text[offsets[norm.index("展位")]:] == "展位"


def test_regional_variants():
    assert analyze.regional_variant("人工智慧") == "人工智能"
    assert analyze.regional_variant("数字贸易") is None


def test_the_fingerprint_follows_the_dictionary(monkeypatch):
    before = analyze.fingerprint()
    monkeypatch.setattr(analyze, "static_words", lambda: ["服务外包", "新词"])
    assert analyze.fingerprint() != before
