"""Relevance on a judged query set (issue 12): jianbao against a character-bigram BM25 baseline.

The judged set is bench/judgements.jsonl (how it was made: bench/README.md). Each relevant item is
named by its file and its title (or the first 20 characters of its body, where it has no title), so
the grades survive a change of item ids; they are resolved to ids here, at run time.

The items of the judged files are parsed and indexed into a temporary index with the real pipeline
(`update_index`), searched with `Archive.search`, and scored:
- nDCG@10 (gain 2^grade - 1, the ideal ranking from every judged item of the query);
- recall@50 (judged items of any grade in the first 50 hits);
- zero-result queries (and whether any of their words occurs in the judged files at all).

The baseline is BM25 (k1 1.2, b 0.75) over the character bigrams of each item's title and body,
normalised as jianbao normalises text (NFKC, lower case, traditional to simplified), any bigram of
the query counting: a few lines of our own, in the bench only.

    .venv/bin/python bench/bench_relevance.py             # the five frozen files of tests/data/corpus
    .venv/bin/python bench/bench_relevance.py --verbose   # and every query's nDCG@10, both engines
    .venv/bin/python bench/bench_relevance.py --corpus tests/data/corpus tests/data/new   # + held-out issues
    .venv/bin/python bench/bench_relevance.py --sweep     # each feature off, each weight moved
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIB = Path(os.environ.get("JIANBAO_LIB") or ROOT).resolve()
sys.path.insert(0, str(LIB))

JUDGEMENTS = ROOT / "bench" / "judgements.jsonl"
CORPORA = [ROOT / "tests" / "data" / "corpus"]


# --- the judged set ------------------------------------------------------------------------

def item_key(item) -> tuple[str, str]:
    """How a judgement names an item: (file, title), or (file, first 20 characters of the body)."""
    return (item.file, item.title) if item.title else (item.file, item.body[:20])


def load_judgements(items, path: Path = JUDGEMENTS) -> list[dict]:
    """The judged queries whose files are among `items`: {query, kind, grades: {id: grade}, scope}.

    A query was graded over the items of the files in its `files` (by default the five frozen files
    of tests/data/corpus): only hits from those files count for it. A judgement naming an item of a
    judged file that is not there is an error (the parse changed): reported, never silently dropped.
    """
    ids = {item_key(i): i.id for i in items}
    files = {i.file for i in items}
    frozen = sorted(p.name for p in CORPORA[0].iterdir() if p.is_file() and not p.name.startswith("."))
    out, missing = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        j = json.loads(line)
        scope = set(j.get("files") or frozen)
        if not scope <= files:
            continue  # a judgement over files not indexed in this run
        grades = {}
        for r in j["relevant"]:
            key = (r["file"], r.get("title") or r.get("body"))
            if key in ids:
                grades[ids[key]] = r["grade"]
            else:
                missing.append((j["query"], key))
        out.append({"query": j["query"], "kind": j.get("kind", ""), "grades": grades,
                    "scope": {i.id for i in items if i.file in scope}})
    if missing:
        raise SystemExit(f"{len(missing)} judged items not found in the parsed files, e.g. {missing[:3]}")
    return out


# --- measures ------------------------------------------------------------------------------

def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    ideal = dcg(sorted((2 ** g - 1 for g in grades.values()), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([2 ** grades.get(d, 0) - 1 for d in ranked[:k]]) / ideal


def recall_at(ranked: list[str], grades: dict[str, int], k: int = 50) -> float:
    if not grades:
        return 1.0
    return len(set(ranked[:k]) & set(grades)) / len(grades)


def score(run: dict[str, list[str]], judged: list[dict]) -> dict:
    """nDCG@10, recall@50 (means over the judged queries) and the zero-result queries of a run; hits
    from files a query was not graded over are left out."""
    run = {j["query"]: [d for d in run[j["query"]] if d in j["scope"]] for j in judged}
    nd = [ndcg_at(run[j["query"]], j["grades"]) for j in judged]
    rc = [recall_at(run[j["query"]], j["grades"]) for j in judged]
    return {"ndcg10": sum(nd) / len(nd), "recall50": sum(rc) / len(rc),
            "zero": [j["query"] for j in judged if not run[j["query"]]],
            "per_query": dict(zip((j["query"] for j in judged), nd))}


# --- the baseline --------------------------------------------------------------------------

def bigrams(text: str) -> list[str]:
    """Character bigrams of each run of letters and digits (a one-character run: itself)."""
    from search import analyze
    out = []
    for i, j in analyze.char_runs(analyze.normalize(text)):
        norm = analyze.normalize(text)
        run = norm[i:j]
        out.extend(run[k:k + 2] for k in range(len(run) - 1)) if len(run) > 1 else out.append(run)
    return out


class BigramBM25:
    """Okapi BM25 over character bigrams of title and body: the plain baseline."""

    def __init__(self, items, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.ids = [i.id for i in items]
        self.tf = [Counter(bigrams(f"{i.title or ''}\n{i.body}")) for i in items]
        self.len = [sum(t.values()) for t in self.tf]
        self.avg = sum(self.len) / len(self.len)
        df = Counter(g for t in self.tf for g in t)
        n = len(items)
        self.idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in df.items()}

    def search(self, query: str, limit: int = 50) -> list[str]:
        grams = set(bigrams(query))
        scores = []
        for idx, tf in enumerate(self.tf):
            s = 0.0
            for g in grams:
                f = tf.get(g)
                if f:
                    s += self.idf[g] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * self.len[idx] / self.avg))
            if s > 0:
                scores.append((-s, idx))
        return [self.ids[idx] for _, idx in sorted(scores)[:limit]]


# --- runs ----------------------------------------------------------------------------------

def jianbao_run(archive, judged: list[dict], limit: int = 50) -> dict[str, list[str]]:
    return {j["query"]: [h.id for h in archive.search(j["query"], per_page=limit).hits] for j in judged}


def baseline_run(items, judged: list[dict], limit: int = 50) -> dict[str, list[str]]:
    bm25 = BigramBM25(items)
    return {j["query"]: bm25.search(j["query"], limit) for j in judged}


# One change at a time from the shipped settings: (label, module, name, value) or a switch.
SWEEP = [("title boost", "compiler", "TITLE_BOOST", [0.5, 2.0, 4.0]),
         ("character view boost", "compiler", "CHARS_BOOST", [0.5, 2.0]),
         ("org/source name boost", "compiler", "NAME_BOOST", [0.5, 2.0, 4.0]),
         ("concept boost", "compiler", "CONCEPT_BOOST", [0.25, 1.0]),
         ("BM25F B", "snapshot", "BM25_B", [0.3, 0.5, 0.9]),
         ("BM25F K1", "snapshot", "BM25_K1", [0.8, 2.0]),
         ("proximity", "searching", "PROXIMITY", [0.25, 0.5, 1.0]),
         ("partial matches below", "searching", "PARTIAL_BELOW", [0, 5, 20, 10 ** 9])]


def sweep(index: Path, judged: list[dict]) -> None:
    """nDCG@10 and recall@50 with each feature switched off, and each weight moved, one at a time."""
    from search import analyze
    from search.query import archive as query
    from search.query import compiler, expand, names, searching, snapshot
    modules = {"compiler": compiler, "snapshot": snapshot, "searching": searching}

    def measure() -> dict:
        archive = query.Archive(index)
        try:
            return score(jianbao_run(archive, judged), judged)
        finally:
            archive.close()

    def row(label: str, r: dict) -> None:
        print(f"| {label} | {r['ndcg10']:.3f} | {r['recall50']:.3f} | {len(r['zero'])} |")

    print("\n| setting | nDCG@10 | recall@50 | zero-result |\n|---|---|---|---|")
    row("shipped", measure())
    saved_lookup, saved_groups = names.lookup, expand.concept_groups
    names.lookup = lambda *a: {}
    row("without org/source names", measure())
    names.lookup = saved_lookup
    expand.concept_groups = lambda: {}
    row("without concept groups", measure())
    expand.concept_groups = saved_groups
    saved_components = analyze.components
    analyze.components = lambda w: []
    row("without long words taken apart", measure())
    analyze.components = saved_components
    for label, module, name, values in SWEEP:
        shipped = getattr(modules[module], name)
        for value in values:
            setattr(modules[module], name, value)
            row(f"{label} {value} (shipped {shipped})", measure())
        setattr(modules[module], name, shipped)


def occurs_nowhere(query: str, items) -> bool:
    """Whether no word of the query, nor any word of two characters or more inside one (jieba's
    search-mode cut: 大连 and 商务局 in 大连市商务局), occurs in any item."""
    import jieba

    from search import analyze
    text = "\n".join(analyze.normalize(f"{i.title or ''}\n{i.body}") for i in items)
    cutter = analyze.tokenizer() if hasattr(analyze, "tokenizer") else jieba  # jieba's own before issue 15
    words = {w for w in cutter.cut_for_search(analyze.normalize(query)) if len(w.strip()) > 1}
    return not any(w in text for w in words)


def briefings(directory: Path) -> list[Path]:
    """The briefing files of a directory: readable kinds, no hidden files, no README or ANNOTATION."""
    from search.parse.readers import SUFFIXES
    return [p for p in sorted(directory.iterdir()) if p.is_file() and not p.name.startswith(".")
            and p.suffix.lower() in SUFFIXES and not p.stem.isupper()]


def parse_items(dirs: list[Path]):
    from search.parse.parser import parse_files
    files = sorted(p for d in dirs for p in briefings(d))
    issues, errors = parse_files(files)
    for err in errors:  # a held-out file this parser cannot read yet: its judgements are skipped
        print(f"not judged: {err.file}: {err.reason}", file=sys.stderr)
    return [item for issue in issues for item in issue.items]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="+", type=Path, default=CORPORA, help="directories of judged files")
    ap.add_argument("--verbose", action="store_true", help="every query's nDCG@10, both engines")
    ap.add_argument("--sweep", action="store_true",
                    help="also each feature off and each ranking weight moved, one at a time")
    args = ap.parse_args()

    from search import analyze
    from search.index.reindex import update_index
    from search.query.archive import Archive
    analyze.setup()
    items = parse_items(args.corpus)
    judged = load_judgements(items)
    with tempfile.TemporaryDirectory(prefix="jianbao-relevance-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for d in args.corpus:
            for p in briefings(d):
                (corpus / p.name).symlink_to(p.resolve())
        update_index(corpus, Path(tmp) / "index", progress=False)
        archive = Archive(Path(tmp) / "index")
        try:
            ours = score(jianbao_run(archive, judged), judged)
        finally:
            archive.close()
        if args.sweep:
            sweep(Path(tmp) / "index", judged)
    base = score(baseline_run(items, judged), judged)

    print(f"{len(judged)} judged queries over {len(items)} items "
          f"({sum(len(j['grades']) for j in judged)} judgements)\n")
    print("| measure | jianbao | bigram BM25 |")
    print("|---|---|---|")
    print(f"| nDCG@10 | {ours['ndcg10']:.3f} | {base['ndcg10']:.3f} |")
    print(f"| recall@50 | {ours['recall50']:.3f} | {base['recall50']:.3f} |")
    print(f"| zero-result queries | {len(ours['zero'])} | {len(base['zero'])} |")
    kinds = sorted({j["kind"] for j in judged})
    print("\nnDCG@10 by kind of query:\n")
    print("| kind | queries | jianbao | bigram BM25 |")
    print("|---|---|---|---|")
    for kind in kinds:
        qs = [j["query"] for j in judged if j["kind"] == kind]
        a = sum(ours["per_query"][q] for q in qs) / len(qs)
        b = sum(base["per_query"][q] for q in qs) / len(qs)
        print(f"| {kind} | {len(qs)} | {a:.3f} | {b:.3f} |")
    for name, run in (("jianbao", ours), ("bigram BM25", base)):
        for q in run["zero"]:
            why = "no word of it occurs in the judged files" if occurs_nowhere(q, items) else "its words occur"
            print(f"\nzero results, {name}: {q} ({why})")
    if args.verbose:
        print("\n| query | jianbao | bigram BM25 |")
        print("|---|---|---|")
        for j in judged:
            q = j["query"]
            print(f"| {q} | {ours['per_query'][q]:.3f} | {base['per_query'][q]:.3f} |")


if __name__ == "__main__":
    main()
