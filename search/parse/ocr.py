"""Page images -> text lines with their boxes: the OCR step of the PDF reader (pdf.py) for scans.

RapidOCR (`rapidocr-onnxruntime` 1.4.4: PP-OCRv4 detection and recognition, the models inside its
wheel, nothing downloaded) on the onnxruntime the tagger already uses. The engine is built once per
process, lazily, under a lock; its loggers and onnxruntime's are silenced, and onnxruntime's telemetry
is off before it loads (search/runtime.py). Each line keeps its box (in the image's pixels), its height measured across
the rotated box (a skewed scan's long lines do not look taller) and the recogniser's confidence.
Results are cached by the image's content (`search.cache.Cache`, kind `ocr`): a rebuild never
recognises a page twice.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import math
import re
import threading
from dataclasses import dataclass
from typing import Any

from search.cache import Cache
from search.errors import CorpusError
from search.parse import ocrmarks

OCR_VERSION = "rapidocr-onnxruntime-1.4.4/7"  # bump when the options or the line order change
INSTALL = "pip install --no-deps rapidocr-onnxruntime==1.4.4"
MIN_CONFIDENCE = 0.5  # lines the recogniser is less sure of are dropped (RapidOCR's default)

# Tuned on A4 pages at 200 dpi on a 2-core machine (bench/RESULTS.md): one thread is as fast as two
# under load; the page is scaled to at most 2000 px on its long side; no 180° line classifier
# (a briefing's scans are upright). Lines are recognised one at a time: in a batch, each crop is padded
# to the widest one's shape, and a line's last small mark next to the padding (the 。 after `63.1%`) is
# lost; alone it is read, and no slower on one thread.
_OPTIONS = dict(use_cls=False, max_side_len=2000, intra_op_num_threads=1, inter_op_num_threads=1,
                rec_batch_num=1)
_LOGGERS = ("RapidOCR", "OrtInferSession")  # rapidocr's own, each with its own stderr handler

_engine: Any = None
_lock = threading.Lock()


@dataclass(frozen=True)
class OcrLine:
    """One recognised line: the corners of its box (clockwise from the top left, in the image's
    pixels), its text and the recogniser's confidence."""

    points: tuple[tuple[float, float], ...]
    text: str
    confidence: float

    @property
    def x0(self) -> float:
        return min(p[0] for p in self.points)

    @property
    def x1(self) -> float:
        return max(p[0] for p in self.points)

    @property
    def top(self) -> float:
        return min(p[1] for p in self.points)

    @property
    def bottom(self) -> float:
        return max(p[1] for p in self.points)

    @property
    def height(self) -> float:
        """Measured across the box, so that a skewed scan's long lines are no taller than short ones."""
        p = self.points
        return (math.dist(p[0], p[3]) + math.dist(p[1], p[2])) / 2

    @property
    def width(self) -> float:
        p = self.points
        return (math.dist(p[0], p[1]) + math.dist(p[3], p[2])) / 2

    @property
    def angle(self) -> float:
        """The slope of its top edge, in radians (positive: falling to the right)."""
        (x0, y0), (x1, y1) = self.points[0], self.points[1]
        return math.atan2(y1 - y0, x1 - x0)

    def to_list(self) -> list:
        return [[list(p) for p in self.points], self.text, self.confidence]

    @classmethod
    def from_list(cls, entry: list) -> OcrLine:
        points, text, confidence = entry
        return cls(tuple((float(x), float(y)) for x, y in points), str(text), float(confidence))


def available() -> bool:
    """Is the OCR engine installed? (Looked up, not imported: importing loads onnxruntime.)"""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


def _silence() -> None:
    for name in _LOGGERS:
        log = logging.getLogger(name)
        log.setLevel(logging.CRITICAL + 1)
        log.propagate = False


def engine(name: str = "") -> Any:
    """The process's RapidOCR engine, built on first use; CorpusError naming the install command if
    the package is missing."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                try:
                    from search import runtime  # noqa: F401, PLC0415 - telemetry off before the runtime loads
                    import onnxruntime  # noqa: PLC0415

                    onnxruntime.set_default_logger_severity(4)
                    _silence()
                    from rapidocr_onnxruntime import RapidOCR  # noqa: PLC0415
                except ImportError:
                    raise CorpusError(name, "扫描件没有文字层，要做文字识别（OCR），但没有安装 OCR 引擎"
                                            f"（运行 `{INSTALL}`；scripts/serve.sh 会安装它）") from None
                _engine = RapidOCR(**_OPTIONS)
                _silence()  # its get_logger() set the levels again
    return _engine


def _bgr(image) -> Any:
    """A PIL image -> the BGR array RapidOCR expects."""
    import numpy as np  # noqa: PLC0415

    arr = np.asarray(image.convert("RGB"))
    return np.ascontiguousarray(arr[:, :, ::-1])


def recognise(image, name: str = "") -> list[OcrLine]:
    """The text lines of a PIL image, in no particular order (the layout orders them), with the marks
    at their ends as printed (ocrmarks.py)."""
    import numpy as np  # noqa: PLC0415

    ocr = engine(name)
    bgr = _bgr(image)
    result, _ = ocr(bgr, use_cls=False, text_score=MIN_CONFIDENCE)
    grey = np.ascontiguousarray(np.asarray(image.convert("L")))
    lines = []
    for box, text, confidence in result or []:
        points = tuple((float(x), float(y)) for x, y in box)
        text, confidence = _marked(ocr, bgr, grey, points, text.strip(), float(confidence))
        text = _past_end(ocr, bgr, grey, points, text)
        if text[-1:].isdigit() and ocrmarks.end_point(grey, points):
            text += "."  # `…和36.` before `7%` on the next line: the point the recogniser dropped
        elif text and text[-1] not in _CLOSERS and ocrmarks.end_stop(grey, points):
            text = _stop(ocr, bgr, points, text)
        text = fullwidth(text)
        if text:
            lines.append(OcrLine(points, text, confidence))
    return lines


_MARKS = "■◆●▲▼★☆◇□○·•"  # what a recogniser may make of a mark, dropped before the mark is put back


def _marked(ocr, bgr, grey, points, text: str, confidence: float) -> tuple[str, float]:
    """A line's text with the marks at its ends as printed: where a mark stands inside the box, the
    line is read again from the box without it (the recogniser reads a ■ as `1`). A short line is
    read again too, on a white ground (`_read`)."""
    import numpy as np  # noqa: PLC0415

    first, last = ocrmarks.end_mark(grey, points), ocrmarks.end_mark(grey, points, last=True)
    quad = np.float32(points)
    length, height = float(np.linalg.norm(quad[1] - quad[0])), float(np.linalg.norm(quad[3] - quad[0]))
    cut_first, cut_last = max(0.0, first[1]) if first else 0.0, max(0.0, last[1]) if last else 0.0
    if cut_first + cut_last >= length - height:
        return text, confidence  # the line is a mark and little else
    u = (quad[1] - quad[0]) / max(length, 1e-6)
    quad[[0, 3]] += u * cut_first
    quad[[1, 2]] -= u * cut_last
    if cut_first or cut_last or length - cut_first - cut_last < _rec_ratio(ocr) * height:
        again, score = _read(ocr, bgr, quad)
        if again:
            text, confidence = again, score
    if first is None and last is None:
        return text, confidence
    text = text.lstrip(_MARKS) if first else text
    text = text.rstrip(_MARKS) if last else text
    return (first[0] if first else "") + text.strip() + (last[0] if last else ""), confidence


_CLOSERS = "。，、；：！？.,;:!?”’）》」』】)"


def _past_end(ocr, bgr, grey, points, text: str) -> str:
    """A line with the mark its box was drawn short of (`“妈祖（MAZU）”` before a `。` set wide): read
    again with the box reaching past it, and taken only where the reading adds closing marks."""
    import numpy as np  # noqa: PLC0415

    reach = ocrmarks.past_end(grey, points) if text else 0.0
    if not reach:
        return text
    quad = np.float32(points)
    u = (quad[1] - quad[0]) / max(float(np.linalg.norm(quad[1] - quad[0])), 1e-6)
    quad[[1, 2]] += u * (reach + 0.2 * float(np.linalg.norm(quad[3] - quad[0])))
    again, _ = _read(ocr, bgr, quad)
    added = again[len(text):] if again.startswith(text) else ""
    return again if added and all(c in _CLOSERS for c in added) else text


_STOPPED = re.compile(r"[%\u3400-\u9fff]$")  # what a sentence ends in before a 。 (a digit: end_point's `.`)


def _stop(ocr, bgr, points, text: str) -> str:
    """A line whose last mark the recogniser dropped (ocrmarks.end_stop): read alone, the line keeps
    it more often (in a batch, the lines are padded, and a last `。` lost next to the padding); read
    without it still, a line ending in a Chinese character or `%` gets the `。` its shape is."""
    import numpy as np  # noqa: PLC0415

    again, _ = _read(ocr, bgr, np.float32(points))
    added = again[len(text):] if again.startswith(text) else ""
    if added and all(c in _CLOSERS for c in added):
        return again
    return text + "。" if _STOPPED.search(text) else text


def _rec_ratio(ocr) -> float:
    _, height, width = ocr.text_rec.rec_image_shape
    return width / height


def _read(ocr, bgr, quad) -> tuple[str, float]:
    """The text of one box, recognised alone. A box shorter than the recogniser's input (320 by 48)
    is set on its own paper's white first, with a margin before it: the recogniser pads it with
    grey, next to which a last `。` or a first `.` is lost (`.3%。` was read `.3%`, `3%。`)."""
    import cv2  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415

    crop = ocr.get_crop_img_list(bgr, [quad])[0]
    h, w = crop.shape[:2]
    wanted = math.ceil(_rec_ratio(ocr) * h)
    if w < wanted:
        paper = int(np.percentile(crop, 95))
        before = int(0.3 * h)
        crop = cv2.copyMakeBorder(crop, 0, 0, before, max(0, wanted - w - before), cv2.BORDER_CONSTANT,
                                  value=(paper, paper, paper))
    text, score = ocr.text_rec([crop])[0][0][:2]
    return text.strip(), float(score)


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_HALF = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_NEXT_TO_CJK = re.compile(rf"(?<={_CJK})\s*([(),:;!?])|([(),:;!?])\s*(?={_CJK})")
_PAREN = re.compile(r"（([^（）()]*)\)|\(([^（）()]*)）")


def fullwidth(text: str) -> str:
    """Punctuation the recogniser read as half-width, where it stands next to Chinese, as printed:
    `金额 (亿元)` -> `金额（亿元）`, `同比(%)` -> `同比（%）`; `1,234.5` and `A(B)` stay."""
    text = _NEXT_TO_CJK.sub(lambda m: _HALF[m.group(1) or m.group(2)], text)
    return _PAREN.sub(lambda m: f"（{m.group(1) if m.group(1) is not None else m.group(2)}）", text)


def cached_recognise(image, cache: Cache, name: str = "") -> list[OcrLine]:
    """`recognise`, through the cache: the key is a hash of the image's pixels and size."""
    digest = hashlib.sha256(f"{image.mode}:{image.size}".encode())
    digest.update(image.tobytes())
    key = digest.hexdigest()
    hit = cache.get(key)
    if isinstance(hit, list):
        try:
            return [OcrLine.from_list(entry) for entry in hit]
        except (TypeError, ValueError):
            pass
    lines = recognise(image, name)
    cache.put(key, [ln.to_list() for ln in lines])
    return lines


def ocr_cache(cache_dir) -> Cache:
    """The OCR entries of a cache folder (None: nothing kept)."""
    return Cache(cache_dir, "ocr", OCR_VERSION)
