# -*- coding: utf-8 -*-
"""Own tiny OFD preview (for checking by eye): draws TextObjects and PathObjects of each page to PNG."""
import sys, os, re, zipfile, html
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".pylib"))
from PIL import Image, ImageDraw, ImageFont
S = 6  # px per mm
z = zipfile.ZipFile(sys.argv[1]); out = sys.argv[2]
pages = sorted(n for n in z.namelist() if n.endswith("Content.xml"))
for i, n in enumerate(pages):
    x = z.read(n).decode("utf-8"); im = Image.new("RGB", (210 * S, 297 * S), "white"); d = ImageDraw.Draw(im)
    for m in re.finditer(r'<ofd:PathObject[^>]*Boundary="([\d. ]+)"[^>]*>(.*?)</ofd:PathObject>', x):
        bx, by, bw, bh = map(float, m.group(1).split())
        col = re.search(r'Value="(\d+) (\d+) (\d+)"', m.group(2)); c = tuple(map(int, col.groups())) if col else (0, 0, 0)
        if 'Fill="true"' in m.group(0): d.rectangle((bx * S, by * S, (bx + bw) * S, (by + bh) * S), fill=c)
        else: d.line((bx * S, (by + 0.5) * S, (bx + bw) * S, (by + 0.5) * S), fill=c, width=2)
    for m in re.finditer(r'<ofd:TextObject[^>]*Boundary="([\d. ]+)"[^>]*Size="([\d.]+)"[^>]*>(.*?)</ofd:TextObject>', x):
        bx, by, bw, bh = map(float, m.group(1).split()); size = float(m.group(2))
        col = re.search(r'FillColor Value="(\d+) (\d+) (\d+)"', m.group(3)); c = tuple(map(int, col.groups())) if col else (0, 0, 0)
        t = html.unescape(re.search(r'<ofd:TextCode[^>]*>(.*?)</ofd:TextCode>', m.group(3)).group(1))
        f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", int(size * S), index=2)
        d.text((bx * S, by * S), t, font=f, fill=c)
    im.save(f"{out}_p{i+1}.png")
