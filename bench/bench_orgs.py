"""Organisation extraction: precision and recall of each method, and what the model costs.

    .venv/bin/python bench/bench_orgs.py            # scores and costs, as markdown
    .venv/bin/python bench/bench_orgs.py --errors   # and every item a method gets wrong

Data, all hand-annotated:
- five: the frozen archive (tests/data/corpus/), 29 items of tests/data/orgs_gold.json;
- sample: 35 sentences retold from 2024-2025 economic news (tests/data/orgs_sample.jsonl);
- new: the new issues of tests/data/new/ (`*.expected.json`), where present;
- shapes: the development issues of tests/data/shapes/, their item texts taken from the source
  every file was generated from (`src/content.py`), so the extractor is scored whatever the readers do;
- unseen 2026 A and B: 11 and 6 items retold from real news of 2025-2026
  (tests/data/orgs_unseen_2026.jsonl, orgs_unseen_2026b.jsonl), annotated by hand before the
  extractor ran on them; C: 27 paragraphs quoted from real news of 2025-2026 (orgs_unseen_2026c.jsonl,
  wave 8); D: 41 paragraphs condensed from real news of 2025-2026 (orgs_unseen_2026d.jsonl, wave 16);
  C and D annotated the same way; E: 62 passages condensed from real news of 2025-2026 that no earlier
  set retold (orgs_unseen_2026e.jsonl, wave 19), annotated by hand before the extractor ran on them;
  F: 63 passages condensed from real news of 2025-2026 that no earlier set retold (orgs_unseen_2026f.jsonl,
  wave 21: AI, trade, finance, shipping, universities, local government, foreign firms, Hong Kong and
  Taiwan text in traditional characters), annotated the same way; G: 67 passages condensed from real
  news of 2025-2026 (orgs_unseen_2026g.jsonl, wave 23: robot makers and start-ups, funding rounds and
  their investors, AI models, chips, batteries, platforms, alliances), annotated the same way; H: 63
  passages of government and trade news of 2025-2026 no earlier set retold (orgs_unseen_2026h.jsonl,
  wave 23: customs, MOFCOM, courts, chambers, fairs, 42 in traditional characters), the same way.

Methods: the gazetteer and suffix rules alone (jianbao before the model), jieba's `nt` tags, the
LAC model's ORG spans alone, the shipped combination, and the combination plus jieba's `nt`.
Costs are measured in a fresh process: loading the model, and tagging items of the archive.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DATA = ROOT / "tests" / "data"

from search.parse.orgs import extract_aliases, extract_orgs  # noqa: E402


def _text_of(item) -> str:
    """The text the parser gives extract_orgs (search.parse: title, unless a data report, and body)."""
    return "\n".join(t for t in (item.title if item.section != "数据月报" else None, item.body) if t)


def five() -> list[tuple[str, str, list[str]]]:
    from search.parse.parser import parse_files
    gold = json.loads((DATA / "orgs_gold.json").read_text(encoding="utf-8"))
    issues, _ = parse_files(sorted((DATA / "corpus").iterdir()))
    items = {f"{item.issue.key}-{item.ordinal:02d}": item for issue in issues for item in issue.items}  # by place
    return [(item_id, _text_of(items[item_id]), orgs) for item_id, orgs in gold.items()]


def sample() -> list[tuple[str, str, list[str]]]:
    lines = (DATA / "orgs_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [(f"s{i + 1}", d["text"], d["orgs"]) for i, d in enumerate(map(json.loads, filter(str.strip, lines)))]


def new() -> list[tuple[str, str, list[str]]]:
    """Items of the new issues: the text of each annotated item and its organisations."""
    import new_items  # noqa: PLC0415 - bench/new_items.py reads tests/data/new/
    return new_items.items()


def shapes() -> list[tuple[str, str, list[str]]]:
    """Items of tests/data/shapes/: title and paragraphs as printed (tables left out), with their orgs."""
    import runpy  # noqa: PLC0415 - content.py is the data the six files were generated from
    issues = runpy.run_path(str(DATA / "shapes" / "src" / "content.py"))["ISSUES"]
    out = []
    for key, issue in issues.items():
        for n, item in enumerate(issue["items"], 1):
            paras = [p for p in item["paras"] if isinstance(p, str)]
            out.append((f"{key}#{n}", "\n".join(filter(None, [item.get("title"), *paras])), item["orgs"]))
    return out


def unseen_2026(name: str = "orgs_unseen_2026.jsonl") -> list[tuple[str, str, list[str]]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [(d["url"], d["text"], d["orgs"]) for d in map(json.loads, filter(str.strip, lines))]


def jieba_nt(text: str) -> list[str]:
    import jieba  # noqa: PLC0415
    import jieba.posseg  # noqa: PLC0415
    jieba.setLogLevel(60)
    out: list[str] = []
    for word, flag in jieba.posseg.cut(text):
        if flag == "nt" and len(word) >= 2 and word not in out:
            out.append(word)
    return out


def lac_org(text: str) -> list[str]:
    from search.parse import tagger as ner  # noqa: PLC0415
    out: list[str] = []
    for tok in ner.tag(text):
        if tok.tag == "ORG" and tok.word.strip("。，、") not in out:
            out.append(tok.word.strip("。，、"))
    return out


def combined(text: str, *, model: bool = True) -> list[str]:
    return extract_orgs(text, aliases=extract_aliases(text), model=model)


def combined_jieba(text: str) -> list[str]:
    found = combined(text)
    return found + [w for w in jieba_nt(text) if not any(w in f or f in w for f in found)]


METHODS = {
    "gazetteer + suffix rules (before)": lambda text: combined(text, model=False),
    "jieba `nt`": jieba_nt,
    "LAC ORG alone": lac_org,
    "combined (shipped)": combined,
    "combined + jieba `nt`": combined_jieba,
}


def score(method, data) -> tuple[float, float, int, list]:
    """Micro precision and recall; a name and its gazetteer form (市商务局, 大连市商务局) are one."""
    from search.parse.orgs import gazetteer  # noqa: PLC0415
    forms = gazetteer()["orgs"]
    tp = fp = fn = 0
    errors = []
    for key, text, gold in data:
        found = method(text)
        g, f = {forms.get(n, n) for n in gold}, {forms.get(n, n) for n in found}
        tp, fp, fn = tp + len(g & f), fp + len(f - g), fn + len(g - f)
        if g != f:
            errors.append((key, sorted(f - g), sorted(g - f)))
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn, errors


_COST = r"""
import json, re, sys, time
def rss():  # resident kB now (ru_maxrss would carry the parent's peak across exec)
    return int(re.search(r"VmRSS:\s+(\d+)", open("/proc/self/status").read()).group(1))
sys.path.insert(0, sys.argv[1])
texts = json.load(sys.stdin)
import search.parse  # what indexing has loaded anyway (jieba stays lazy), so the model's share is measured
rss0 = rss()
t = time.perf_counter(); from search.parse import tagger as ner; ner.model(); load = time.perf_counter() - t
rss1 = rss()
t = time.perf_counter(); ner.tag(texts[0]); first = time.perf_counter() - t  # the runtime's first call
from search.parse.orgs import extract_orgs
import jieba, jieba.posseg; jieba.setLogLevel(60); jieba.initialize(); list(jieba.posseg.cut("预热"))
def best(f, rounds=3):  # least of three, the tag cache emptied each time: a loaded machine only adds
    times = []
    for _ in range(rounds):
        ner._tagged.clear()
        t = time.perf_counter(); [f(x) for x in texts]; times.append(time.perf_counter() - t)
    return min(times)
tag = best(ner.tag)
full = best(extract_orgs)
rules = best(lambda x: extract_orgs(x, model=False))
jb = best(lambda x: list(jieba.posseg.cut(x)))
print(json.dumps({"items": len(texts), "chars": sum(map(len, texts)), "load": load, "first": first,
                  "tag": tag, "full": full, "rules": rules, "jieba": jb, "rss_mb": (rss1 - rss0) / 1024}))
"""


def costs() -> dict:
    """Model load and per-item costs over every item of the archive, in a fresh process (the load
    is what indexing pays once; tagging is what it pays per item)."""
    from search.parse.parser import parse_files  # noqa: PLC0415
    issues, _ = parse_files(sorted((DATA / "corpus").iterdir()))
    texts = [_text_of(item) for issue in issues for item in issue.items]
    out = subprocess.run([sys.executable, "-c", _COST, str(ROOT)], input=json.dumps(texts),
                         capture_output=True, text=True, check=True)
    assert out.stderr == "", out.stderr  # nothing of the model's on stderr
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every item a method gets wrong")
    args = parser.parse_args()
    sets = {"five (29 items)": five(), "sample (35 sentences)": sample()}
    if any((DATA / "new").glob("*.expected.json")):
        data = new()
        sets[f"new ({len(data)} items)"] = data
    sets[f"shapes ({len(shapes())} items)"] = shapes()
    for label, name in (("A", "orgs_unseen_2026.jsonl"), ("B", "orgs_unseen_2026b.jsonl"),
                        ("C", "orgs_unseen_2026c.jsonl"), ("D", "orgs_unseen_2026d.jsonl"),
                        ("E", "orgs_unseen_2026e.jsonl"),
                        ("F", "orgs_unseen_2026f.jsonl"), ("G", "orgs_unseen_2026g.jsonl"),
                        ("H", "orgs_unseen_2026h.jsonl")):
        data = unseen_2026(name)
        sets[f"2026 {label} ({len(data)} items)"] = data
    print("| method | " + " | ".join(f"{name} P / R" for name in sets) + " |")
    print("|---|" + "---|" * len(sets))
    errors = {}
    for name, method in METHODS.items():
        cells = []
        for set_name, data in sets.items():
            p, r, n, errs = score(method, data)
            cells.append(f"{p:.2f} / {r:.2f}")
            errors[(name, set_name)] = errs
        print(f"| {name} | " + " | ".join(cells) + " |")
    c = costs()
    per = 1000 / c["items"]
    load = os.getloadavg()[0]
    print(f"\nModel load (fresh process): {c['load']:.2f} s, +{c['rss_mb']:.0f} MB resident; first call "
          f"{c['first'] * 1000:.0f} ms. Load average {load:.1f} on {os.cpu_count()} cores. "
          f"Over {c['items']} items ({c['chars']} characters) of the archive, per item: "
          f"LAC tagging {c['tag'] * per:.1f} ms (jieba POS {c['jieba'] * per:.1f} ms); "
          f"extract_orgs {c['full'] * per:.1f} ms with the model, {c['rules'] * per:.1f} ms without.")
    if args.errors:
        for (name, set_name), errs in errors.items():
            print(f"\n### {name} on {set_name}")
            for key, extra, missed in errs:
                print(f"- {key}: extra {extra} missed {missed}")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"\n(run in {time.perf_counter() - t0:.0f} s)")
