"""The parser against hand annotations: items F1, per-field accuracy, organisations, metadata.

Each briefing `X.ext` in the folder (default tests/data/new/) has an annotation `X.expected.json`
(conventions in that folder's ANNOTATION.md). An expected item matches a parsed one when their
sections are equal and the parsed body, whitespace and markup removed, starts with `body_start` and
ends with `body_end`; each parsed item matches at most one expected item, in document order.

- items: precision, recall and F1 of the matching;
- fields: over matched items, the share whose title, source, date and section equal the annotation
  (titles and sources compared without whitespace);
- organisations: micro precision and recall over matched items (exact strings);
- metadata: issues whose year, number, total and date all equal the annotation.

    .venv/bin/python bench/score_parse.py [FOLDER] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ("title", "source", "date", "section")
_STRIP = re.compile(r"[\s\u3000*|●•▪◆■]+")


def squeeze(text: str | None) -> str | None:
    """Text without whitespace and markup, as the annotation counts characters."""
    return None if text is None else _STRIP.sub("", text)


@dataclass
class Score:
    """Counts over one or more issues."""

    expected: int = 0
    parsed: int = 0
    matched: int = 0
    fields: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    org_tp: int = 0
    org_expected: int = 0
    org_found: int = 0
    meta_right: int = 0
    issues: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("expected", "parsed", "matched", "org_tp", "org_expected", "org_found", "meta_right", "issues"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for f in FIELDS:
            self.fields[f] += other.fields[f]
        self.misses += other.misses

    @property
    def precision(self) -> float:
        return self.matched / self.parsed if self.parsed else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.fields[name] / self.matched if self.matched else 0.0

    @property
    def org_precision(self) -> float:
        return self.org_tp / self.org_found if self.org_found else 0.0

    @property
    def org_recall(self) -> float:
        return self.org_tp / self.org_expected if self.org_expected else 0.0


def score_issue(expected: dict, issue) -> Score:
    """Score one parsed Issue against its annotation."""
    s = Score(expected=len(expected["items"]), parsed=len(issue.items), issues=1)
    meta = issue.meta
    want = expected["issue"]
    if (meta.year, meta.number, meta.total, meta.date) == (want["year"], want["number"], want["total"], want["date"]):
        s.meta_right = 1
    else:
        s.misses.append(f"{expected['file']}: metadata {meta.to_dict()} != {want}")
    start = 0
    for exp in expected["items"]:
        found = None
        for k in range(start, len(issue.items)):
            item = issue.items[k]
            body = squeeze(item.body)
            if item.section == exp["section"] and body.startswith(squeeze(exp["body_start"])) \
                    and body.endswith(squeeze(exp["body_end"])):
                found = k
                break
        if found is None:
            s.misses.append(f"{expected['file']}: no item for [{exp['section']}] {exp['title']} "
                            f"({exp['body_start']}…{exp['body_end']})")
            continue
        start = found + 1
        item = issue.items[found]
        s.matched += 1
        got = {"title": squeeze(item.title), "source": squeeze(item.source), "date": item.date,
               "section": item.section}
        for f in FIELDS:
            value = squeeze(exp[f]) if f in ("title", "source") else exp[f]
            if got[f] == value:
                s.fields[f] += 1
            else:
                s.misses.append(f"{expected['file']}: {f} of [{exp['section']}] {exp['title']}: "
                                f"{got[f]!r} != {value!r}")
        exp_orgs, got_orgs = set(exp.get("orgs", [])), set(item.orgs)
        s.org_tp += len(exp_orgs & got_orgs)
        s.org_expected += len(exp_orgs)
        s.org_found += len(got_orgs)
    return s


def score_folder(folder: Path, names=None) -> tuple[Score, dict[str, Score]]:
    """Parse every annotated briefing of `folder` (or those of `names`) together, as `jianbao parse`
    would, and score it."""
    from search.parse.parser import parse_files
    annotations = {json.loads(p.read_text(encoding="utf-8"))["file"]: json.loads(p.read_text(encoding="utf-8"))
                   for p in sorted(folder.glob("*.expected.json"))}
    if names is not None:
        annotations = {name: a for name, a in annotations.items() if name in names}
    issues, errors = parse_files([folder / name for name in annotations])
    parsed = {i.file: i for i in issues}
    total, per_file = Score(), {}
    for name, expected in annotations.items():
        if name in parsed:
            s = score_issue(expected, parsed[name])
        else:
            reason = next((e.reason for e in errors if e.file == name), "not parsed")
            s = Score(expected=len(expected["items"]), issues=1, misses=[f"{name}: rejected: {reason}"])
        per_file[name] = s
        total.add(s)
    return total, per_file


def markdown(total: Score, per_file: dict[str, Score]) -> str:
    """The scores as markdown tables."""
    lines = ["| file | items expected | parsed | matched | F1 | title | source | date | section | orgs P / R | metadata |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in list(per_file.items()) + [("**all**", total)]:
        lines.append(f"| {name} | {s.expected} | {s.parsed} | {s.matched} | {s.f1:.2f} | "
                     + " | ".join(f"{s.accuracy(f):.2f}" for f in FIELDS)
                     + f" | {s.org_precision:.2f} / {s.org_recall:.2f} | {s.meta_right}/{s.issues} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "new"))
    ap.add_argument("--misses", action="store_true", help="also list every miss")
    args = ap.parse_args(argv)
    total, per_file = score_folder(Path(args.folder))
    print(markdown(total, per_file))
    if args.misses:
        print()
        for miss in total.misses:
            print("- " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
