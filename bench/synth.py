"""Synthetic archives for the benchmarks: N news items recombined from the real corpus.

Every issue is a valid briefing in the format of corpus/000_5858f990df9ebe1c.txt (header, table of
contents, 【数据月报】, 【行业资讯】 stories with ● titles and （来源：…） lines, 【会员风采】,
【协会动态】), eleven items an issue, built from the corpus's own paragraphs, titles, sources and
member profiles, so that the text statistics (lengths, vocabulary, Latin/digit mix) are the real
ones. Issue k is a pure function of (seed, k): the same archive comes out every time, and extra
issues (k beyond the archive) can be made on their own for the "add one issue" and watch benchmarks.

    .venv/bin/python bench/synth.py 1000 [--seed 1] [--check]

Corpora are cached under bench/out/corpus-<N>/ (a marker file .synth.json records how they were
made; a stale or partial one is regenerated).
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OUT = ROOT / "bench" / "out"
ITEMS_PER_ISSUE = 11  # 1 数据月报 + 8 行业资讯 + 1 会员风采 + 1 协会动态
STORIES = 8
FIRST_YEAR = 2000
VERSION = 3  # bump when the generator changes: cached corpora are then regenerated

_SECTION = re.compile(r"^\s*(?:#{1,6}\s*)?【\s*([\u4e00-\u9fff]{2,8})\s*】\s*$")
_SOURCE = re.compile(r"^[（(]\s*来源\s*[：:]\s*(.*?)\s*[）)]$")
_TYPE = re.compile(r"^类\s*型\s*[：:]")
_INTRO = re.compile(r"^简\s*介\s*[：:]\s*")
_PAGE = re.compile(r"^\d{1,3}$")
_END = "。！？!?；：”）)"


@dataclass
class Material:
    """The corpus taken apart: the pools the generator draws from."""

    titles: list[str] = field(default_factory=list)
    story_paras: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    data_blocks: list[list[str]] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    member_types: list[str] = field(default_factory=list)
    intros: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)


def _clean(line: str) -> str:
    s = line.strip()
    s = re.sub(r"^#{1,6}\s*", "", s)
    s = re.sub(r"^(?:[●•\uf06c])\s*", "", s)
    return s.replace("**", "").strip()


def _squash(text: str) -> str:
    """Whitespace collapsed; a space kept only between two Latin letters or digits."""
    text = re.sub(r"[ \t\u3000\xa0]+", " ", text).strip()
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", text)


def _paragraphs(raw_lines: list[str], pdf: bool) -> list[tuple[str, bool]]:
    """(paragraph, was a bullet line) of one section block; PDF hard wraps joined."""
    out: list[tuple[str, bool]] = []
    cur, bullet = "", False
    for raw in raw_lines:
        if not raw.strip() or _PAGE.match(raw.strip()):
            continue
        text = _clean(raw)
        is_bullet = bool(re.match(r"^\s*(?:#{1,6}\s*)?[●•\uf06c]", raw))
        if not pdf:
            text = _squash(text)
            prev = out[-1] if out else None
            if (prev and not prev[1] and not is_bullet and prev[0][-1:] not in _END
                    and not _SOURCE.match(text) and not _SECTION.match(raw)):
                out[-1] = (prev[0] + text, False)  # a paragraph broken inside a word
            else:
                out.append((text, is_bullet))
            continue
        if not cur:
            bullet = is_bullet
        cur += text
        ends = raw != raw.rstrip() and (_squash(cur)[-1:] in _END or len(_squash(cur)) < 60)
        if ends or _TYPE.match(text):
            out.append((_squash(cur), bullet))
            cur = ""
    if cur:
        out.append((_squash(cur), bullet))
    return [(p, b) for p, b in out if p]


def load_material(corpus: Path = CORPUS) -> Material:
    m = Material()
    for path in sorted(corpus.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
        pdf = sum(1 for ln in lines if ln.strip() and ln != ln.rstrip()) > 0.1 * max(1, sum(1 for ln in lines if ln.strip()))
        blocks: list[tuple[str, list[str]]] = []
        for ln in lines:
            sec = _SECTION.match(ln)
            if sec:
                blocks.append((sec.group(1), []))
            elif blocks:
                blocks[-1][1].append(ln)
        for name, raw in blocks:
            if raw and all(r.strip().startswith("- ") or not r.strip() for r in raw):
                continue  # the table of contents
            paras = _paragraphs(raw, pdf)
            if name == "数据月报":
                m.data_blocks.append([p for p, _ in paras if len(p) > 20])
            elif name == "行业资讯":
                after_source = True
                for p, bullet in paras:
                    src = _SOURCE.match(p)
                    starts = after_source
                    after_source = bool(src)
                    if src:
                        m.sources.append(src.group(1))
                    elif bullet if not pdf else (starts and len(p) <= 60):
                        m.titles.append(p.lstrip("-").strip())
                    elif len(p) > 30:
                        m.story_paras.append(p)
            elif name == "会员风采":
                for k, (p, bullet) in enumerate(paras):
                    if _TYPE.match(p):
                        m.member_types.append(re.sub(r"^类\s*型\s*[：:]\s*", "", p))
                    elif _INTRO.match(p):
                        m.intros.append(_INTRO.sub("", p))
                    elif k + 1 < len(paras) and _TYPE.match(paras[k + 1][0]):
                        m.companies.append(p)
                    elif m.intros and not _SOURCE.match(p):
                        m.intros[-1] += p  # a wrapped intro's continuation
            elif name == "协会动态":
                m.activities.extend(p for p, _ in paras if len(p) > 20 and not _SOURCE.match(p))
    m.titles = list(dict.fromkeys(m.titles))
    m.sources = list(dict.fromkeys(m.sources))
    m.companies = list(dict.fromkeys(m.companies))
    for name, pool in vars(m).items():
        if not pool:
            raise SystemExit(f"synth: found no {name} in {corpus}: the corpus format changed?")
    return m


def issue_meta(k: int) -> tuple[int, int, int, str]:
    """Year, number, total and publication date of synthetic issue k (0-based): 12 a year."""
    year, number = FIRST_YEAR + k // 12, k % 12 + 1
    day = min(28, calendar.monthrange(year, number)[1])
    return year, number, k + 1, f"{year} 年 {number} 月 {day} 日"


def file_name(k: int) -> str:
    year, number, _, _ = issue_meta(k)
    return f"syn_{year}_{number:02d}.txt"


def make_issue(k: int, m: Material, seed: int = 1, probe: str | None = None) -> str:
    """The text of synthetic issue k; `probe`, if given, is a word put into its first story."""
    rng = random.Random(seed * 1_000_003 + k)
    year, number, total, pubdate = issue_meta(k)
    data_year, data_month = (year, number - 1) if number > 1 else (year - 1, 12)
    data = rng.choice(m.data_blocks)
    stories = []
    for s, title in enumerate(rng.sample(m.titles, STORIES)):
        paras = rng.sample(m.story_paras, rng.choice((1, 1, 2, 2, 3, 4)))
        if probe and s == 0:
            paras = [f"本期测试标记 {probe} 用于检索时延测量。"] + paras
        stories.append((title, paras, rng.choice(m.sources)))
    company = rng.choice(m.companies)
    member = (company, rng.choice(m.member_types), rng.choice(m.intros))
    activity = rng.choice(m.activities)

    out = ["", "数字贸易简报", "", f"{year} 年第 {number} 期", "", f"(总第 {total} 期)", "",
           "大连市数字贸易协会秘书处编", "", pubdate, ""]
    out += ["【数据月报】", "", f"- {data_year} 年 {data_month} 月份大连市服务外包数据统计情况", ""]
    out += ["【行业资讯】", ""] + [f"- {t}" for t, _, _ in stories] + [""]
    out += ["【会员风采】", "", f"- {company}", ""]
    out += ["【协会动态】", ""]
    out += ["【数据月报】", ""]
    for p in data:
        out += [p, ""]
    out += ["【行业资讯】", ""]
    for title, paras, source in stories:
        out += [f"● {title}", ""]
        for p in paras:
            out += [p, ""]
        out += [f"（来源：{source}）", ""]
    out += ["【会员风采】", "", f"● {member[0]}", "", f"类 型：{member[1]}", "", f"简 介：{member[2]}", ""]
    out += ["【协会动态】", "", activity, ""]
    return "\n".join(out)


def issues_for(n_items: int) -> int:
    return max(1, round(n_items / ITEMS_PER_ISSUE))


def ensure_corpus(n_items: int, seed: int = 1, quiet: bool = False) -> Path:
    """bench/out/corpus-<N>/, generated unless a complete copy made the same way is there."""
    target = OUT / f"corpus-{n_items}" if seed == 1 else OUT / f"corpus-{n_items}-s{seed}"
    marker = target / ".synth.json"
    want = {"items": n_items, "seed": seed, "issues": issues_for(n_items), "version": VERSION}
    if marker.exists():
        try:
            if json.loads(marker.read_text()) == want:
                return target
        except ValueError:
            pass
    started = time.monotonic()
    m = load_material()
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for k in range(want["issues"]):
        (tmp / file_name(k)).write_text(make_issue(k, m, seed), encoding="utf-8")
    (tmp / ".synth.json").write_text(json.dumps(want))
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    if not quiet:
        print(f"synth: wrote {want['issues']} issues to {target} in {time.monotonic() - started:.1f} s",
              file=sys.stderr)
    return target


def write_extra(n_items: int, dest: Path, j: int = 0, seed: int = 1, probe: str | None = None) -> Path:
    """Write the j-th issue after an n-item archive's last one into `dest` (atomically: a hidden
    temporary name renamed into place, as a file landing in the corpus would)."""
    k = issues_for(n_items) + j
    text = make_issue(k, load_material(), seed, probe)
    path = dest / file_name(k)
    tmp = dest / f".{path.name}.tmp"
    tmp.write_text(text, encoding="utf-8")
    tmp.rename(path)
    return path


def check(corpus_dir: Path) -> tuple[int, int, list]:
    """(issues, items, errors) as the project's parser sees the corpus."""
    sys.path.insert(0, str(ROOT))
    from search.parse.parser import parse_files
    files = sorted(p for p in corpus_dir.iterdir() if p.suffix == ".txt" and not p.name.startswith("."))
    issues, errors = parse_files(files)
    return len(issues), sum(len(i.items) for i in issues), errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("items", type=int, nargs="+", help="archive sizes in items (e.g. 1000 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="parse the result with search.parse and count items")
    args = ap.parse_args(argv)
    for n in args.items:
        d = ensure_corpus(n, args.seed)
        print(f"{n} items: {d} ({issues_for(n)} issues)")
        if args.check:
            started = time.monotonic()
            issues, items, errors = check(d)
            print(f"  parse_files: {issues} issues, {items} items, {len(errors)} errors "
                  f"({time.monotonic() - started:.1f} s)")
            for e in errors[:5]:
                print(f"  error: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
