"""What the parser understood of a briefing, and what looks wrong: `jianbao check`, before indexing.

Sits beside parse (parse -> check); the indexer prints the same warnings for the files it takes in.
Warnings name an unknown section, a story without a source, an item far longer or shorter than
the issue's others, a title that reads like a sentence, a value inferred rather than read, a page
OCR read with low confidence (the confidence of every recognised page is reported), and
text that matched nothing (a header line that says nothing known, a table-of-contents entry no
item carries).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from statistics import median

from search.model import SECTIONS, Issue
from search.parse.sectionname import section_kind
from search.parse.shapes import strip_list_number
from search.parse.structure import key

_HEADER_WORDS = re.compile(r"简报|快报|通讯|动态|编|主办|协会|秘书处|内部资料|年|期|月|日|\d")  # letter-spaced too
_SENTENCE = re.compile(r"[。；;]$|^(?=.{41,})[^，,]*[，,]")  # ends as a sentence; or long, with a comma


@dataclass(frozen=True)
class Warning:
    """One thing that looks wrong in a parsed briefing."""

    kind: str  # unknown-section, no-source, long-item, short-item, sentence-title, inferred, unmatched, ocr
    message: str
    item: str | None = None  # the item's id, where it concerns one

    def to_dict(self) -> dict:
        return asdict(self)


def warnings(issue: Issue) -> list[Warning]:
    """Every warning for one parsed issue, in document order of what they concern."""
    found: list[Warning] = []
    for key_, where in issue.provenance.items():
        if where == "inferred":
            value = getattr(issue.meta, key_)
            found.append(Warning("inferred", f"{_LABELS[key_]} {value} 是推断的，不是从报头读到的"
                                             "（可以在附带的 NAME.meta.toml 文件里写明）"))
    for line in issue.header:
        if not _HEADER_WORDS.search(line.replace(" ", "")):
            found.append(Warning("unmatched", f"报头里有一行认不出：{line}"))
    titles = {key(i.title) for i in issue.items if i.title}
    sections = {i.section for i in issue.items}
    for section, entries in issue.toc.items():
        for entry in entries:
            k = key(strip_list_number(entry))
            if section_kind(section) == "data" or not k or k in sections or _listed(k, titles):
                continue
            found.append(Warning("unmatched", f"目录里的“{entry}”没有对应的资讯"))
    for page in issue.recognition:
        if page["mean"] < LOW_CONFIDENCE:
            found.append(Warning("ocr", f"第 {page['page']} 页由文字识别（OCR）读出，识别置信度偏低"
                                        f"（平均 {page['mean']:.2f}，最低 {page['min']:.2f}）：请对照原文核对该页的条目"))
    unknown: dict[str, int] = {}
    for item in issue.items:
        if item.section not in SECTIONS:
            unknown[item.section] = unknown.get(item.section, 0) + 1
    for section, count in unknown.items():
        found.append(Warning("unknown-section", f"不认识的栏目 {section}（{count} 条），按资讯栏目收录"))
    stories = [i for i in issue.items if section_kind(i.section) == "news"]
    lengths = [len(i.body) for i in issue.items if section_kind(i.section) != "data"]
    usual = median(lengths) if len(lengths) >= 3 else None
    for item in issue.items:
        name = f"{item.id}（{item.title or item.body[:16] + '…'}）"
        if item in stories and item.source is None:
            found.append(Warning("no-source", f"资讯没有来源：{name}", item.id))
        if item.title and (_SENTENCE.search(item.title) or len(item.title) > 80):
            found.append(Warning("sentence-title", f"标题像一句话：{name}", item.id))
        if usual and section_kind(item.section) != "data":
            if len(item.body) > 5 * usual:
                found.append(Warning("long-item", f"资讯比通常长得多（{len(item.body)} 字，通常 {usual:.0f} 字）："
                                                  f"{name}", item.id))
            elif len(item.body) < usual / 5:
                found.append(Warning("short-item", f"资讯比通常短得多（{len(item.body)} 字，通常 {usual:.0f} 字）："
                                                   f"{name}", item.id))
    return found


def _listed(entry: str, titles: set[str]) -> bool:
    """Does a TOC entry (letters and digits only) name one of the titles? The same opening, or the
    title inside it (`【行业资讯】标题`, `标题……3`)."""
    return any(entry[:12] == t[:12] or (len(t) >= 6 and t in entry) for t in titles)


LOW_CONFIDENCE = 0.9  # a page OCR read with a lower mean confidence is worth a look
_LABELS = {"year": "年份", "number": "期号", "total": "总期号", "date": "出版日期"}
_FROM = {"header": "报头", "side file": "附带文件", "inferred": "推断"}  # check --json keeps the English keys


def report(issue: Issue) -> dict:
    """The issue as `check --json` prints it: metadata and its provenance, sections, items, warnings."""
    sections: dict[str, int] = {}
    for item in issue.items:
        sections[item.section] = sections.get(item.section, 0) + 1
    return {
        "file": issue.file, "usable": True,
        "issue": {**issue.meta.to_dict(), "key": issue.meta.key, "from": issue.provenance},
        "sections": [{"name": n, "items": c, "known": n in SECTIONS} for n, c in sections.items()],
        "items": [{"id": i.id, "section": i.section, "title": i.title, "source": i.source, "date": i.date,
                   "orgs": i.orgs, "lines": list(i.lines), "chars": len(i.body), "ocr": i.ocr}
                  for i in issue.items],
        "ocr": issue.recognition,
        "warnings": [w.to_dict() for w in warnings(issue)],
    }


def format_report(data: dict) -> str:
    """A check report for people."""
    if not data["usable"]:
        return f"{data['file']}：无法使用：{data['reason']}"
    meta = data["issue"]
    label = f"{meta['year']}年第{meta['number']}期" if meta["year"] and meta["number"] else "期号不详"
    lines = [f"{data['file']}：{label}（总第{meta['total'] or '?'}期），{meta['date'] or '日期不详'}",
             "  元数据来自：" + "，".join(f"{_LABELS[k]}：{_FROM.get(v, v)}" for k, v in meta["from"].items()),
             "  栏目：" + " · ".join(f"{s['name']} {s['items']}" + ("" if s["known"] else "（不认识）")
                                    for s in data["sections"])]
    if data.get("ocr"):
        lines.append("  文字识别（OCR）置信度：" + " · ".join(f"第 {p['page']} 页 平均 {p['mean']:.3f}，最低 {p['min']:.3f}"
                                                       for p in data["ocr"]))
    for item in data["items"]:
        lines.append(f"  {item['id']}  [{item['section']}] {item['title'] or '（无标题）'}")
        lines.append(f"      来源：{item['source'] or '—'} · 日期：{item['date'] or '—'} · "
                     f"{item['chars']} 字 · 机构：{'、'.join(item['orgs']) or '—'}")
    for w in data["warnings"]:
        lines.append(f"  提示：{w['message']}")
    if not data["warnings"]:
        lines.append("  没有提示")
    return "\n".join(lines)
