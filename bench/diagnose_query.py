"""Where a full results page spends its time, per query: a breakdown for whoever optimises query.py.

For each of the 50 benchmark queries on a built index (bench/out/index-<N>), on one warm Archive,
the median of --repeat runs of each step that Archive.search takes:
- compile: our query parser, jieba, expansions;
- match: `Archive._match(query)`, the pass over every matching document (the facets' input):
  scored for a positional query (phrases in the character view), unscored (a set) otherwise;
- top 10: for an unscored match, the scored top-10 search `Archive.search` runs after it (Whoosh
  skips blocks that cannot reach the top); 0 when the match was scored already;
- match without the character view: the same pass with every `chars` clause removed
  (the jieba-word fields alone), and with the `chars` clauses alone (phrase queries on bigrams);
- facets: the five counts over the result set; snippets: `_hit` for the ten hits.

    .venv/bin/python bench/diagnose_query.py [--items 10000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

from common import OUT, QUERIES, machine

from whoosh.query import And, Or, Phrase, Prefix, Sequence, Term


def without_chars(q):
    """The query with its `chars` clauses dropped (None if nothing is left)."""
    if isinstance(q, (Term, Phrase, Prefix)):
        return None if q.fieldname == "chars" else q
    if isinstance(q, Sequence):
        return None
    if isinstance(q, (And, Or)):
        kids = [k for k in (without_chars(s) for s in q.subqueries) if k is not None]
        if not kids:
            return None
        return kids[0] if len(kids) == 1 else type(q)(kids)
    return q


def only_chars(q):
    """The `chars` clauses alone, OR-ed."""
    found = []

    def walk(x):
        if isinstance(x, (Term, Phrase, Prefix)) and x.fieldname == "chars":
            found.append(x)
        elif isinstance(x, Sequence):
            found.append(x)
        elif hasattr(x, "subqueries"):
            for s in x.subqueries:
                walk(s)
    walk(q)
    return None if not found else (found[0] if len(found) == 1 else Or(found))


def timed(fn, repeat):
    out, value = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out), value


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from search.query.archive import Archive, Filters
    archive = Archive(OUT / f"index-{args.items}")
    for q in QUERIES:
        archive.search(q, Filters())
    rows = []
    for text in QUERIES:
        c_ms, compiled = timed(lambda: archive.compile(text), args.repeat)
        q = compiled.query
        m_ms, m = timed(lambda: archive._match(q), args.repeat) if q is not None else (0.0, {})
        matched = set(m)
        if isinstance(m, dict) or q is None:
            scored, t_ms, kind = m, 0.0, "scored"
        else:
            t_ms, found = timed(lambda: archive._searcher.search(q, limit=10, terms=False), args.repeat)
            scored, kind = {h.docnum: h.score for h in found}, "set"
        ts_ms = t_ms
        wq, cq = without_chars(q), only_chars(q)
        w_ms = timed(lambda: archive._match(wq), args.repeat)[0] if wq is not None else 0.0
        ch_ms = timed(lambda: archive._match(cq), args.repeat)[0] if cq is not None else 0.0
        top = sorted(scored, key=lambda d: -scored[d])[:10]
        sn_ms = timed(lambda: [archive._hit(d, compiled.needles, scored[d]) for d in top], args.repeat)[0]
        f_ms = timed(lambda: archive._facets(matched, {}, Filters()), args.repeat)[0]
        page_ms, page = timed(lambda: archive.search(text, Filters()), args.repeat)
        rows.append((page_ms, text, f"{page.total}" + (" (fallback)" if page.fallback else ""),
                     c_ms, m_ms, ts_ms, w_ms, ch_ms, f_ms, sn_ms, kind))
    archive.close()
    rows.sort(reverse=True)
    info = machine()
    print(f"{args.items:,} items; {info['cpu']}, load {info['load_at_start']}; median of {args.repeat}, ms\n")
    print("| query | hits | page | compile | match (kind) | top 10 scored | match: words only | match: chars only | facets | snippets |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for page_ms, text, hits, c_ms, m_ms, ts_ms, w_ms, ch_ms, f_ms, sn_ms, kind in rows:
        print(f"| {text} | {hits} | {page_ms:.1f} | {c_ms:.1f} | {m_ms:.1f} ({kind}) | {ts_ms:.1f} | {w_ms:.1f} | "
              f"{ch_ms:.1f} | {f_ms:.1f} | {sn_ms:.1f} |")
    tot = [sum(r[k] for r in rows) for k in range(3, 10)]
    page_total = sum(r[0] for r in rows)
    names = ["compile", "match", "top 10 scored", "match: words only", "match: chars only", "facets", "snippets"]
    print("\nSum over the 50 queries: page " + f"{page_total:.0f} ms; "
          + "; ".join(f"{n} {v:.0f} ms ({100 * v / page_total:.0f} %)" for n, v in zip(names, tot)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
