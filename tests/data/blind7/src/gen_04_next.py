# -*- coding: utf-8 -*-
"""04: the issue as published on a Next.js site and saved from the browser: server-rendered
Tailwind markup (class soup), the data table as a CSS-grid of <div role="row"/"cell">, sources as
`来源 · X` chips, cookie banner, related cards, and the whole issue repeated as JSON in
<script id="__NEXT_DATA__"> (ASCII-escaped, so Chinese appears only as \\uXXXX there)."""
import os, json
from common import *

iss = BY_KEY["04"]
SLUG = {"数据月报": "data", "行业资讯": "news", "会员风采": "members", "协会动态": "activities"}
H = []
H.append('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>'
         '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
         '<title>数字贸易简报 2025年第4期 | 大连市数字贸易协会</title>'
         '<meta name="description" content="一季度国民经济和外贸运行情况、吕大良：一季度我国与共建“一带一路”国家进出口5.26万亿元等"/>'
         '<meta property="og:type" content="article"/><meta property="article:published_time" content="2025-04-30T09:00:00+08:00"/>'
         '<meta property="article:modified_time" content="2025-05-06T11:20:37+08:00"/>'
         '<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>'
         '<link rel="stylesheet" href="/_next/static/css/7a1c7b2f3d5e0c11.css" data-precedence="next"/>'
         '<script src="/_next/static/chunks/webpack-5d2c0d6c1e1b3a6f.js" async=""></script>'
         '<noscript data-n-css=""></noscript></head>')
H.append('<body class="__className_d65c78 antialiased bg-slate-50 text-slate-800"><div id="__next">')
H.append('<header class="sticky top-0 z-40 w-full border-b border-slate-200 bg-white/80 backdrop-blur">'
         '<div class="mx-auto flex h-14 max-w-5xl items-center justify-between px-4">'
         '<a class="flex items-center gap-2 font-semibold" href="/"><img alt="logo" src="/_next/image?url=%2Flogo.png&amp;w=64&amp;q=75" width="28" height="28"/>'
         '<span>大连市数字贸易协会</span></a><nav class="hidden gap-6 text-sm md:flex">'
         '<a href="/">首页</a><a href="/news">协会新闻</a><a class="text-sky-700" href="/briefing">数字贸易简报</a><a href="/members">会员服务</a><a href="/about">关于我们</a>'
         '</nav><button class="md:hidden" aria-label="打开菜单"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"/></svg></button></div></header>')
H.append('<main class="mx-auto max-w-3xl px-4 py-10"><article class="prose prose-slate max-w-none">')
H.append('<div class="not-prose mb-8"><p class="text-xs font-medium uppercase tracking-widest text-sky-700">Digital Trade Briefing</p>'
         '<h1 class="mt-2 text-3xl font-bold tracking-tight text-slate-900">数字贸易简报</h1>'
         '<div class="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">'
         '<span class="rounded bg-sky-100 px-2 py-0.5 text-sky-800">2025年第4期</span><span>总第36期</span>'
         '<span aria-hidden="true">·</span><span>大连市数字贸易协会秘书处编</span><span aria-hidden="true">·</span>'
         '<time dateTime="2025-04-30">2025年4月30日</time><span aria-hidden="true">·</span><span>约 6 分钟读完</span></div></div>')
# contents
H.append('<nav class="not-prose mb-10 rounded-xl border border-slate-200 bg-white p-5" aria-label="目录"><p class="mb-2 text-sm font-semibold">目录</p><ul class="space-y-1 text-sm">')
for sec, its in sections(iss):
    H.append(f'<li><a class="hover:text-sky-700" href="#{SLUG[sec]}">{sec}</a>')
    t = [i for i in its if i["title"]]
    if t:
        H.append('<ul class="ml-4 list-disc text-slate-500">' + "".join(f'<li>{esc(i["title"])}</li>' for i in t) + '</ul>')
    H.append('</li>')
H.append('</ul></nav>')
for sec, its in sections(iss):
    H.append(f'<section id="{SLUG[sec]}" class="scroll-mt-20"><h2 class="flex items-center gap-2 border-l-4 border-sky-600 pl-3 text-xl font-bold">{sec}</h2>')
    for it in its:
        H.append('<div class="mb-8 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-100">')
        if it["title"]:
            H.append(f'<h3 class="text-lg font-semibold leading-snug">{esc(it["title"])}</h3>')
        for p in it["paras"]:
            if isinstance(p, dict):
                rows = p["table"]
                n = len(rows[0])
                H.append(f'<div role="table" class="not-prose my-4 grid grid-cols-{n} overflow-hidden rounded border border-slate-200 text-sm">')
                for r, row in enumerate(rows):
                    cls = "bg-slate-100 font-semibold" if r == 0 else ("bg-white" if r % 2 else "bg-slate-50")
                    H.append(f'<div role="row" class="contents">' + "".join(
                        f'<div role="{"columnheader" if r == 0 else "cell"}" class="{cls} border-b border-slate-200 px-3 py-2{" text-right" if c else ""}">{esc(x)}</div>'
                        for c, x in enumerate(row)) + '</div>')
                H.append('</div>')
            else:
                H.append(f'<p class="leading-7">{esc(p)}</p>')
        if it["source"]:
            H.append(f'<p class="not-prose mt-3"><span class="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-500"><svg class="h-3 w-3" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8"/></svg>来源 · {esc(it["source"])}</span></p>')
        H.append('</div>')
    H.append('</section>')
H.append('</article>')
H.append('<div class="mt-10 flex items-center gap-3 text-sm text-slate-500"><span>分享：</span><button>微信</button><button>微博</button><button>复制链接</button></div>')
H.append('<aside class="mt-12"><h2 class="mb-4 text-base font-semibold">往期简报</h2><div class="grid gap-4 sm:grid-cols-3">'
         '<a class="rounded-lg border bg-white p-4" href="/briefing/2025-03"><p class="text-xs text-slate-400">2025-03-31</p><p class="mt-1 text-sm font-medium">数字贸易简报 2025年第3期</p><p class="mt-1 text-xs text-slate-500">博鳌亚洲论坛发布年度旗舰报告：亚洲仍是世界经济主要引擎</p></a>'
         '<a class="rounded-lg border bg-white p-4" href="/briefing/2025-02"><p class="text-xs text-slate-400">2025-02-28</p><p class="mt-1 text-sm font-medium">数字贸易简报 2025年第2期</p><p class="mt-1 text-xs text-slate-500">民营企业座谈会在京召开</p></a>'
         '<a class="rounded-lg border bg-white p-4" href="/briefing/2025-01"><p class="text-xs text-slate-400">2025-01-31</p><p class="mt-1 text-sm font-medium">数字贸易简报 2025年第1期</p><p class="mt-1 text-xs text-slate-500">深度求索发布推理大模型DeepSeek-R1并开源</p></a>'
         '</div></aside></main>')
H.append('<footer class="border-t border-slate-200 bg-white py-8 text-center text-xs text-slate-400"><p>© 2025 大连市数字贸易协会　地址：大连市高新区软件园路</p><p>辽ICP备2023001234号-1</p></footer>')
H.append('<div id="cookie-consent" class="fixed inset-x-0 bottom-0 z-50 bg-slate-900/95 p-4 text-sm text-white"><div class="mx-auto flex max-w-5xl items-center justify-between gap-4"><p>本站使用 Cookie 以改善浏览体验。继续浏览即表示您同意我们的隐私政策。</p><button class="rounded bg-white px-3 py-1 text-slate-900">我知道了</button></div></div>')
H.append('</div>')
data = {"props": {"pageProps": {"issue": {"year": 2025, "no": 4, "total": 36, "date": "2025-04-30",
        "blocks": [{"section": it["section"], "title": it["title"],
                    "body": [p if isinstance(p, str) else {"table": p["table"]} for p in it["paras"]],
                    "source": it["source"]} for it in iss["items"]]}}, "__N_SSG": True},
        "page": "/briefing/[slug]", "query": {"slug": "2025-04"}, "buildId": "q3Zr8pX1vJ0mKc2",
        "isFallback": False, "gsp": True, "scriptLoader": []}
H.append('<script id="__NEXT_DATA__" type="application/json">' + json.dumps(data, ensure_ascii=True, separators=(",", ":")) + '</script>')
H.append('<script src="/_next/static/chunks/main-app-2f1c9a7e.js" async=""></script></body></html>')
path = os.path.join(OUT, FILES["04"])
open(path, "w", encoding="utf-8").write("".join(H))
print("wrote", path)
