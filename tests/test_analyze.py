"""The analyzers keep Whoosh's Tokenizer contract; normalisation is the same at index and query time."""
from __future__ import annotations

import os

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


# --- jieba's dictionary cache: the user's own directory, never a shared predictable path -------

def test_the_cache_is_the_users_own_directory_made_private(tmp_path, monkeypatch):
    import stat
    from search.analyze import cache_directory
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = cache_directory()
    assert path == tmp_path / "cache" / "jianbao"
    assert stat.S_IMODE(path.stat().st_mode) == 0o700 and path.stat().st_uid == os.getuid()
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_directory() == tmp_path / "home" / ".cache" / "jianbao"


@pytest.mark.parametrize("spoil, why", [
    (lambda p: (p.mkdir(), p.chmod(0o777)), "can be written by other users"),
    (lambda p: p.symlink_to(p.parent), "is not a directory (or is a link)"),
    (lambda p: p.write_text("x"), "cannot be made"),
])
def test_a_cache_directory_that_is_not_private_is_not_used(tmp_path, monkeypatch, capsys, spoil, why):
    from search.analyze import cache_directory
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    spoil(tmp_path / "jianbao")
    path = cache_directory()
    assert path != tmp_path / "jianbao" and path.parent != tmp_path
    assert oct(path.stat().st_mode & 0o777) == oct(0o700)  # a fresh private temporary directory
    assert why in capsys.readouterr().err


def test_jieba_writes_its_cache_there_and_nowhere_shared(tmp_path):
    import subprocess
    import sys
    import tempfile
    shared = tmp_path / "shared-tmp"  # the child's idea of the shared temp directory
    shared.mkdir()
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(shared)}
    done = subprocess.run([sys.executable, "-c", "from search import analyze; analyze.setup()"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert sorted(p.name for p in (tmp_path / "cache" / "jianbao").iterdir()) == [
        analyze.PREFIX_CACHE, "jieba.cache"]
    assert list(shared.iterdir()) == []


def test_a_later_process_loads_jiebas_prefix_dictionary_from_our_cache(tmp_path):
    """Our pickle of jieba's prefix dictionary (a third of the time of jieba's own cache to load) gives
    the same dictionary and words; a damaged one is built anew, without a word on stderr."""
    import subprocess
    import sys
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = ("from search import analyze; analyze.setup(); t = analyze.tokenizer(); "
            "print(t.total, len(t.FREQ), '/'.join(t.cut('大连市数字贸易协会举办服务外包论坛，离岸外包')))")

    def run():
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return done.stdout
    cache = tmp_path / "cache" / "jianbao"
    first = run()
    (cache / "jieba.cache").unlink()  # jieba's own cache: not read when ours is there
    assert run() == first and not (cache / "jieba.cache").exists()
    (cache / analyze.PREFIX_CACHE).write_bytes(b"\x80\x05garbage")
    assert run() == first and (cache / "jieba.cache").exists()  # built by jieba again
    assert run() == first


def test_an_index_written_before_analyze_was_a_package_still_finds_its_tokenizers():
    """An index's schema is pickled with its tokenizers' classes, by module and name: those written
    when they lived in search/analyze.py name `search.analyze.WordTokenizer`, and open as before."""
    import pickle

    from search.analyze import tokenizers
    for name in ("WordTokenizer", "CharTokenizer", "UnigramTokenizer"):
        assert pickle.loads(f"csearch.analyze\n{name}\n.".encode()) is getattr(tokenizers, name)
