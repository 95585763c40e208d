"""The word tokenizer cuts text block by block, with memos (issue 19): its tokens are exactly those
of the whole-text cut it replaced (jieba's tokenize over the whole text, its DAG over the whole text
for the dictionary words inside and across words)."""
from __future__ import annotations

from pathlib import Path

import pytest

from search import analyze

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
TRICKY = ["离岸服务外包与服务贸易谈判。", "ＡＩ人工智慧ａｂｃ ㎡①②  中欧班列\r\n2024年5月", "café店の数字贸易", "琮璟智联与琮璟智联公司",
          "", " ", "..。。", "x光机 RCEP 协定-生效 100% 增长", "数字贸易" * 50]


def whole_text_tokens(value: str, mode: str = "") -> list[tuple]:
    """The tokenizer as it was before the memos (8a7d15a): one jieba pass over the whole text."""
    norm, offsets = analyze.normalize_map(value)
    dt = analyze.tokenizer()
    words = [(w, s, e) for w, s, e in dt.tokenize(norm, HMM=True) if analyze._is_token(w)]
    extra: dict[int, list[tuple[int, int]]] = {}
    if mode != "query":
        cut = {(s, e) for _, s, e in words}
        for start, ends in dt.get_DAG(norm).items():
            for end in ends:
                s, e = start, end + 1
                if end > start and (s, e) not in cut and not norm[s:e].isascii() and norm[s:e].isalnum():
                    extra.setdefault(s, []).append((s, e))
    out, pos = [], 0
    for word, start, end in words:
        out.append((word, pos, offsets[start], offsets[end - 1] + 1))
        for k in range(start, end):
            for s, e in extra.get(k, ()):
                out.append((norm[s:e], pos, offsets[s], offsets[e - 1] + 1))
        pos += 1
    return out


def texts() -> list[str]:
    paragraphs = [p for f in sorted(CORPUS.iterdir()) for p in f.read_text(encoding="utf-8").split("\n\n")]
    return paragraphs + TRICKY


@pytest.mark.parametrize("mode", ["", "query"])
def test_word_tokens_are_those_of_the_whole_text_cut(mode):
    analyze.setup()
    analyze.add_words(["琮璟智联"])  # a learnt word (made up: no other test sees it) clears the memos
    tokenizer = analyze.word_analyzer()
    for _ in range(2):  # the second time from the memos
        for text in texts():
            got = [(t.text, t.pos, t.startchar, t.endchar)
                   for t in tokenizer(text, positions=True, chars=True, mode=mode)]
            assert got == whole_text_tokens(text, mode), text[:40]


def test_a_learnt_word_reaches_text_cut_before():
    analyze.setup()
    tokenizer = analyze.word_analyzer()
    text = "据滢澜数贸公司介绍"
    before = [t.text for t in tokenizer(text)]
    analyze.add_words(["滢澜数贸"])
    after = [t.text for t in tokenizer(text)]
    assert "滢澜数贸" not in before and "滢澜数贸" in after
