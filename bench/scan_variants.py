"""Scans of the held-out issues in layouts of their own, scored against the issues' hand annotations.

The held-out set has one scan (tests/data/unseen/2026-04-scan.pdf); a parser fitted to it would read
that one and no other. This script sets the text of the other held-out issues
(tests/data/unseen/src/content.py) as scanned pages in other shapes (one or two columns, 150 to 200
dpi, a skew of 1 to 3 degrees, other fonts, banners, title marks and source lines, ruled and borderless
tables, headers in Chinese numerals), drawn with Pillow, degraded as a scanner would (grey paper,
noise, blur, JPEG), saved as image-only PDFs; each is parsed and scored with the issue's annotation
(the text is the same, so are its items, organisations and figures). Nothing is written to the
repository: the scans and the OCR cache go to a temporary folder, or `--out`.

    .venv/bin/python bench/scan_variants.py [--issues 2026-01 2026-06] [--variants a b] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(UNSEEN / "src"))

FONTS = {"sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc",
         "serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-{}.ttc",
         "wqy": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"}
# Each variant: resolution, skew (degrees), columns, body font, header form, section banner, title
# mark, source line, table, and a contents list or not.
VARIANTS = {
    "a": dict(dpi=200, angle=2.0, columns=1, font="sans", header="cn", banner="【{name}】",
              mark="■ ", source="right", table="ruled", toc=False),
    "b": dict(dpi=200, angle=-2.5, columns=2, font="serif", header="spaced", banner="{n}、{name}",
              mark="", source="dash", table="borderless", toc=True),
    "c": dict(dpi=150, angle=1.2, columns=2, font="wqy", header="arabic", banner="◆{name}◆",
              mark="▲", source="left", table="ruled", toc=False),
    "d": dict(dpi=180, angle=-3.0, columns=1, font="serif", header="cn", banner="——{name}——",
              mark="1. ", source="inline", table="borderless", toc=True),
}
_CN = "〇一二三四五六七八九"
PAGE_MM = (210, 297)
MARGIN_MM = 20


def cn_digits(n: int) -> str:
    return "".join(_CN[int(d)] for d in str(n))


def cn_count(n: int) -> str:
    """1..99 in Chinese counting: 四, 十二, 四十八."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones or not tens else "")


def header(issue: dict, form: str) -> list[tuple[str, float, dict]]:
    y, m, d = (int(x) for x in issue["date"].split("-"))
    name = [("数 字 贸 易 简 报" if form == "spaced" else "数字贸易简报", 26, {"bold": True, "center": True})]
    if form == "cn":
        return name + [(f"{cn_digits(y)}年第{cn_count(issue['number'])}期（总第{issue['total']}期）", 12, {"center": True}),
                       (f"主办：大连市数字贸易协会　编印：协会秘书处　{cn_digits(y)}年{cn_count(m)}月{cn_count(d)}日", 10,
                        {"center": True})]
    if form == "spaced":
        return name + [(f"{cn_digits(y)} 年 第 {cn_count(issue['number'])} 期 (总第{cn_count(issue['total'])}期)", 12,
                        {"center": True}), (f"{y}年{m}月{d}日", 10, {"center": True})]
    return name + [(f"{y}年第{issue['number']}期　总第{issue['total']}期", 12, {"center": True}),
                   (f"大连市数字贸易协会秘书处编　{y}.{m:02d}.{d:02d}", 10, {"center": True})]


def elements(issue: dict, v: dict) -> tuple[list, list]:
    """The masthead's lines (across the page) and the body's (in its columns): (text, pt, how) or
    ("table", rows, how)."""
    top = header(issue, v["header"]) + [("━" * 20, 10, {"center": True})]
    body: list = []
    if v["toc"]:
        body.append(("本期目录", 12, {"bold": True}))
        body += [(f"{it['section']}　{it['title']}", 10, {}) for it in issue["items"] if it["title"]]
    section, n, count = None, 0, 0
    for it in issue["items"]:
        if it["section"] != section:
            section, n, count = it["section"], n + 1, 0
            body.append((v["banner"].format(n=cn_count(n), name=section), 14, {"bold": True}))
        if it["title"]:
            count += 1
            mark = f"{count}. " if v["mark"] == "1. " else v["mark"] if section == "行业资讯" else ""
            body.append((mark + it["title"], 12, {"bold": True}))
        paras = list(it["paras"])
        table = it.get("table")
        for i, para in enumerate(paras):
            last = i == len(paras) - 1
            if last and it["source"] and v["source"] == "inline":
                para += f"（来源：{it['source']}）"
            body.append((para, 11, {"indent": True}))
            if table and i == table["after"]:
                body.append(("table", [table["header"]] + table["rows"], {"ruled": v["table"] == "ruled"}))
        if it["source"] and v["source"] != "inline":
            text = {"right": f"（来源：{it['source']}）", "dash": f"——来源：{it['source']}",
                    "left": f"来源：{it['source']}"}[v["source"]]
            body.append((text, 10, {"right": v["source"] == "right"}))
    return top, body


class Pages:
    """Draws lines and tables into frames (the page's width, or its columns), page after page."""

    def __init__(self, v: dict):
        from PIL import ImageFont

        self.v, self.dpi = v, v["dpi"]
        self.w, self.h = (self.px(mm / 25.4 * 72) for mm in PAGE_MM)
        self.margin = self.px(MARGIN_MM / 25.4 * 72)
        path = FONTS[v["font"]]
        self.font = lambda pt, bold=False: ImageFont.truetype(
            path.format("Bold" if bold else "Regular") if "{}" in path else path, self.px(pt))
        self.images: list = []
        self.new_page()

    def px(self, pt: float) -> int:
        return round(pt * self.dpi / 72)

    def new_page(self) -> None:
        from PIL import Image, ImageDraw

        self.images.append(Image.new("L", (self.w, self.h), 255))
        self.draw = ImageDraw.Draw(self.images[-1])
        self.y = self.top = self.margin

    def frames(self, columns: int) -> None:
        self.columns, self.column, self.top = columns, 0, self.y

    def frame(self) -> tuple[int, int]:
        inner = self.w - 2 * self.margin
        if self.columns == 1:
            return self.margin, self.w - self.margin
        gutter = self.px(18)
        width = (inner - gutter) // 2
        x0 = self.margin + self.column * (width + gutter)
        return x0, x0 + width

    def advance(self, height: int) -> None:
        if self.y + height <= self.h - self.margin:
            return
        if self.columns == 2 and self.column == 0:
            self.column, self.y = 1, self.top
        else:
            self.new_page()
            self.frames(self.columns)

    def text(self, text: str, pt: float, how: dict) -> None:
        font = self.font(pt, how.get("bold") and self.v["font"] != "wqy")
        stroke = 1 if how.get("bold") and self.v["font"] == "wqy" else 0
        first = True
        while text:
            left, right = self.frame()
            x = left + (self.px(2 * pt) if first and how.get("indent") else 0)
            n = 1
            while n < len(text) and x + self.draw.textlength(text[:n + 1], font=font) <= right:
                n += 1
            while n < len(text) and text[n] in "，。、；：？！）”%" and n > 1:  # no line starts so
                n -= 1
            piece, text = text[:n], text[n:]
            self.advance(self.px(pt * 1.3))
            left, right = self.frame()
            if how.get("center"):
                x = (left + right - self.draw.textlength(piece, font=font)) / 2
            elif how.get("right"):
                x = right - self.draw.textlength(piece, font=font)
            elif not (first and how.get("indent")):
                x = left
            self.draw.text((x, self.y), piece, font=font, fill=0, stroke_width=stroke, stroke_fill=0)
            self.y += self.px(pt * 1.75)
            first = False
        self.y += self.px(pt * 0.5)

    def table(self, rows: list[list[str]], how: dict) -> None:
        pt = 10.5
        font, bold = self.font(pt), self.font(pt, self.v["font"] != "wqy")
        left, right = self.frame()
        widths = [max(self.draw.textlength(r[c], font=font) for r in rows) + self.px(14) for c in range(len(rows[0]))]
        scale = (right - left) / sum(widths)
        widths = [w * scale for w in widths]
        row_h = self.px(pt * 2)
        self.advance(row_h * len(rows))
        left, right = self.frame()
        y0 = self.y
        for r, row in enumerate(rows):
            x = left
            for c, cell in enumerate(row):
                f = bold if r == 0 else font
                tx = x + self.px(5) if c == 0 else x + (widths[c] - self.draw.textlength(cell, font=f)) / 2
                self.draw.text((tx, self.y + self.px(pt * 0.45)), cell, font=f, fill=0)
                x += widths[c]
            self.y += row_h
        if how.get("ruled"):
            for r in range(len(rows) + 1):
                self.draw.line((left, y0 + r * row_h, right, y0 + r * row_h), fill=0, width=2)
            x = left
            for w in [0] + widths:
                x += w
                self.draw.line((x, y0, x, self.y), fill=0, width=2)
        self.y += self.px(pt)


def render(issue: dict, v: dict, path: Path, seed: int) -> None:
    from PIL import Image, ImageFilter

    pages = Pages(v)
    top, body = elements(issue, v)
    pages.frames(1)
    for text, pt, how in top:
        pages.text(text, pt, how)
    pages.frames(v["columns"])
    for text, pt, how in body:
        if text == "table":
            pages.table(pt, how)
        else:
            pages.text(text, pt, how)
    rnd = random.Random(seed)
    out = []
    for im in pages.images:
        im = im.rotate(v["angle"] + rnd.uniform(-0.3, 0.3), resample=Image.BICUBIC, fillcolor=255)
        im = Image.blend(im, Image.effect_noise(im.size, 20), 0.08)
        im = im.point(lambda g: int(g * 0.85 + 20)).filter(ImageFilter.GaussianBlur(0.5))
        buf = path.with_suffix(f".{len(out)}.jpg")
        im.save(buf, "JPEG", quality=60)
        out.append(Image.open(buf))
    out[0].save(path, "PDF", resolution=v["dpi"], save_all=True, append_images=out[1:])


def score(issue_key: str, v_key: str, folder: Path) -> dict:
    from content import ISSUES
    from score_parse import score_issue
    from test_figures import score as figures_score

    from search import figures
    from search.figures import series
    from search.parse.parser import parse_file

    path = folder / f"{issue_key}-scan-{v_key}.pdf"
    if not path.exists():
        render(ISSUES[issue_key], VARIANTS[v_key], path, seed=zlib.crc32(f"{issue_key}{v_key}".encode()))
    expected = json.loads((UNSEEN / f"{issue_key}.expected.json").read_text(encoding="utf-8"))
    started = time.time()
    issue = parse_file(path, cache_dir=folder / "cache")
    took = time.time() - started
    s = score_issue(expected, issue)
    found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    got = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in found if not r.get("derived")]
    wanted = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in expected["figures"]]
    recall, precision = figures_score(got, wanted) if wanted else (1.0, 1.0)
    return dict(file=path.name, score=s, figs=(recall, precision), seconds=took)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--issues", nargs="*", default=["2026-01", "2026-02", "2026-03", "2026-05", "2026-06"])
    ap.add_argument("--variants", nargs="*", default=sorted(VARIANTS))
    ap.add_argument("--out", help="keep the scans and their OCR cache here (default: a temporary folder)")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.out or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("| scan | items matched / parsed / annotated | F1 | title | source | date | orgs P / R | metadata | figures R / P |")
        print("|---|---|---|---|---|---|---|---|---|")
        for issue_key in args.issues:
            for v_key in args.variants:
                r = score(issue_key, v_key, folder)
                s = r["score"]
                print(f"| {r['file']} | {s.matched} / {s.parsed} / {s.expected} | {s.f1:.2f} | "
                      + " | ".join(f"{s.accuracy(f):.2f}" for f in ("title", "source", "date"))
                      + f" | {s.org_precision:.2f} / {s.org_recall:.2f} | {s.meta_right}/1 | "
                      f"{r['figs'][0]:.2f} / {r['figs'][1]:.2f} |", flush=True)
                if args.misses:
                    for miss in s.misses:
                        print(f"  - {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
