"""A briefing with one very long line, made of a token mix repeated: how the parser's time grows with it.

A hostile upload (or a broken export) can put tens of thousands of characters on one line. Each rule
of the parser must cost in proportion to the line, not its square: a pattern tried at every character
that backtracks over the rest, or a loop over every name for every name, turns 40,000 characters
into minutes. For each mix the line is parsed at N and 2N characters; a time growing more than three
times when the line doubles (and past 2 s) is flagged (linear grows twice, quadratic four times).

    .venv/bin/python bench/hostile_lines.py                  # text, 20,000 and 40,000 characters
    .venv/bin/python bench/hostile_lines.py --kind md --chars 10000 --seed 3 --mixes 40

The mixes: each token alone, then random mixes of two to five (seeded). Tokens are the parser's
own cues (list numbers, banners, source keys, conjunctions, legal forms, figures, brackets) and
plain characters.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.errors import CorpusError  # noqa: E402
from search.parse.parser import parse_text  # noqa: E402

HEAD = "《数字贸易简报》\n大连市数字贸易协会\n2025年第5期（总第25期）\n2025年5月31日\n\n【行业资讯】\n\n测试标题一\n"
TAIL = "\n（来源：新华社）\n\n【协会动态】\n\n5月20日，协会召开会员大会。\n"
TOKENS = ["01", "一·", "、", "与", "和", "及", "（", "）", "来源", "：", "摘自", "——", "◆", "【", "】", "公司", "有限公司",
          "大连", "集团", "A", "RCEP", "1.", "①", "第一部分", "%", "亿元", "同比增长", "增长", "12.5", "，", "。",
          "“", "”", "《", "》", "创始人", "完成", "融资", "宣布", "签订", "Part", " ", "　", "|", "-", "·", "年", "月",
          "日", "协会", "局", "部", "委员会", "中国", "（中国）", "技术", "的", "为", "是", "…", ".", "_", "=", "*", "#",
          ">", "【来源】", "——来源：", "〔", "〕", "/", ":", "0", "2025年", "第1期", "总第", "▍", "»", "«", "〈1〉",
          "Part 1", "PART 0", "（1）", "一、", "(", ")", "[", "]", "!", "`", "~", "\t", "<b>", "&nbsp;"]
FLAG = 3.0  # growth when the line doubles, past which the cost is not linear


def _seconds(line: str, kind: str) -> float:
    start = time.perf_counter()
    try:
        parse_text(HEAD + line + TAIL, f"hostile.{kind}")
    except CorpusError:
        pass  # refused with its reason: as good as read
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", default="txt", choices=["txt", "md"])
    ap.add_argument("--chars", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mixes", type=int, default=60, help="random mixes after the single tokens")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    mixes = [[t] for t in TOKENS] + [rng.sample(TOKENS, rng.randint(2, 5)) for _ in range(args.mixes)]
    flagged, worst = [], (0.0, "")
    print(f"| mix | {args.chars:,} chars (s) | {2 * args.chars:,} chars (s) | growth |\n|---|---:|---:|---:|")
    for mix in mixes:
        unit = "".join(mix)
        line = unit * (2 * args.chars // len(unit) + 1)
        small, big = _seconds(line[:args.chars], args.kind), _seconds(line[:2 * args.chars], args.kind)
        growth = big / max(small, 0.05)
        worst = max(worst, (big, unit))
        if growth > FLAG and big > 2 or big > 20:  # a refusal at N and a read at 2N is no growth
            flagged.append(unit)
            print(f"| `{unit!r}` | {small:.2f} | {big:.2f} | **{growth:.1f}** |", flush=True)
    print(f"\n{len(mixes)} mixes; slowest at {2 * args.chars:,} characters: {worst[0]:.1f} s ({worst[1]!r}); "
          f"flagged (growth over {FLAG:g} or over 20 s): {len(flagged)}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
