"""OCR of a scanned issue: a 4-page image-only PDF read by the PDF reader, cold and from the cache.

The scan is made from the two full pages of tests/data/shapes/2025-10-scan.pdf (A4 at 160 dpi, grey
noise, a small skew, JPEG), as pages 1, 2, 1, 2: about 35 lines and 1,300 characters a page, the
density of a real briefing. Each run is a fresh process (import, engine built, every page rendered and
recognised), as `jianbao index` meets a new scan; then the same file again with the OCR cache warm.
Prints a markdown row per run: wall and CPU seconds, the load average, pages and recognised blocks.

    .venv/bin/python bench/bench_ocr.py [--rounds 2] [--threads N]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(os.environ.get("JIANBAO_LIB", ROOT)))
SCAN = ROOT / "tests" / "data" / "shapes" / "2025-10-scan.pdf"

CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[3])
t0, c0 = time.time(), time.process_time()
from search.parse import ocr
if sys.argv[4] != "0":
    ocr._OPTIONS.update(intra_op_num_threads=int(sys.argv[4]))
from search.parse.pdf import read_pdf_blocks
data = open(sys.argv[1], "rb").read()
blocks = read_pdf_blocks(data, "scan-4p.pdf", cache_dir=sys.argv[2])
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": time.time() - t0, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024, "pages": max(b.page or 0 for b in blocks),
                  "blocks": sum(b.ocr is not None for b in blocks), "load": os.getloadavg()[0]}))
"""


def four_pages(path: Path) -> Path:
    """Pages 1, 2, 1, 2 of the shapes' scan as a new image-only PDF, their JPEG images as they are."""
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(SCAN))
    images = [doc[i].render(scale=160 / 72, grayscale=True).to_pil() for i in (0, 1, 0, 1)]
    doc.close()
    buffers = []
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=70)
        buffers.append(Image.open(io.BytesIO(b.getvalue())))
    buffers[0].save(path, "PDF", resolution=160, save_all=True, append_images=buffers[1:])
    return path


def run(pdf: Path, cache: Path, threads: int) -> dict:
    lib = os.environ.get("JIANBAO_LIB", str(ROOT))
    out = subprocess.run([sys.executable, "-c", CHILD, str(pdf), str(cache), lib, str(threads)],
                         capture_output=True, text=True, check=True)
    if out.stderr:
        print("stderr:", out.stderr, file=sys.stderr)
    return json.loads(out.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=0, help="onnxruntime threads (0: jianbao's default, 1)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="jianbao-ocr-bench-") as tmp:
        pdf = four_pages(Path(tmp) / "scan-4p.pdf")
        print("| run | cache | wall s | CPU s | peak RSS MB | pages | recognised blocks | load avg |")
        print("|---|---|---|---|---|---|---|---|")
        for k in range(args.rounds):
            cache = Path(tmp) / f"cache-{k}"
            for state in ("cold", "warm"):
                r = run(pdf, cache, args.threads)
                print(f"| {k + 1} | {state} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['rss_mb']:.0f} | {r['pages']} "
                      f"| {r['blocks']} | {r['load']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
