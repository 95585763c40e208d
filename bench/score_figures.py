"""Figures of a held-out folder against its hand annotations: recall and precision per file, with the
scorer of tests/test_figures.py (a name parted otherwise between indicator and breakdown is the same
figure). A file the parser refuses scores 0.

    .venv/bin/python bench/score_figures.py tests/data/blind6
"""
import json, sys
from pathlib import Path
sys.path.insert(0, 'tests'); sys.path.insert(0, 'bench')
from search import figures
from search.figures import series
from search.parse.parser import parse_file
from test_figures import score
import tempfile
folder = Path(sys.argv[1])
tot_w = tot_g = tot_h = 0
for exp_p in sorted(folder.glob('*.expected.json')):
    expected = json.loads(exp_p.read_text(encoding='utf-8'))
    name = expected['file']
    from search.errors import CorpusError
    try:
        with tempfile.TemporaryDirectory() as td:
            issue = parse_file(folder / name, cache_dir=Path(td))
        found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    except CorpusError as e:
        print(f"{name}: rejected ({e})"); found = []
    comparable = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in found if not r.get("derived")]
    wanted = [dict(r, file=None, value=None if r["value"] is None else float(r["value"])) for r in expected["figures"]]
    rec, prec = score(comparable, wanted) if comparable else (0.0, 0.0)
    print(f"{name}: figures recall {rec:.2f} ({round(rec*len(wanted))}/{len(wanted)}), precision {prec:.2f} ({len(comparable)} found)")
    tot_w += len(wanted); tot_g += len(comparable); tot_h += round(rec*len(wanted))
print(f"all: recall {tot_h/tot_w:.2f} ({tot_h}/{tot_w}), precision {tot_h/max(1,tot_g):.2f} ({tot_h}/{tot_g})")
