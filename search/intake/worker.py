"""The preview's child process: `python -m search.intake.worker`, one file, JSON in and out.

Reads `{"name", "path", "override", "known", "memory", "cache"}` on stdin, bounds its own address space
(RLIMIT_AS) before it reads the file, parses it as the indexer would (its side file rendered from
`override`, the other issues' numbering from `known`) and writes one JSON object on stdout: the
`check --json` report with the issue's figures, or `{"usable": false, "reason", "code"}`. The
parent (preview.py) kills it when its time is up. Nothing is written anywhere else but the index's
cache (`cache`, when given), where what it recognised and parsed waits for the publish.
"""
from __future__ import annotations

import json
import resource
import sys


def _limit_memory(size: int | None) -> None:
    if not size:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        size = min(size, hard)
    resource.setrlimit(resource.RLIMIT_AS, (size, hard))


def run(request: dict) -> dict:
    """The report of one file (see the module's docstring)."""
    from search import figures
    from search.errors import CorpusError
    from search.model import IssueMeta
    from search.parse.check import report
    from search.parse.meta import side_text
    from search.parse.parser import parse_files
    from search.parse.readers import Source

    name = request["name"]
    with open(request["path"], "rb") as handle:
        data = handle.read()
    override = request.get("override") or {}
    try:
        sides = ((f"{name}.meta.toml", side_text(override).encode("utf-8")),) if override else ()
        known = [IssueMeta(**k) for k in request.get("known", [])]
        issues, errors = parse_files([Source(name, data, sides)], known=known, cache_dir=request.get("cache"))
    except CorpusError as exc:
        return _refused(exc)
    if errors:
        return _refused(errors[0])
    issue = issues[0]
    data = report(issue)
    for row, item in zip(data["items"], issue.items):  # what names an untitled item
        row["opening"] = item.body[:40]
    return {**data, "figures": figures.extract_issue(issue)}


def _refused(exc) -> dict:
    return {"file": exc.file, "usable": False, "reason": exc.reason, "code": exc.code, "limit": exc.limit}


def main() -> int:
    request = json.loads(sys.stdin.read())
    _limit_memory(request.get("memory"))
    try:
        result = run(request)
    except MemoryError:
        result = {"file": request.get("name"), "usable": False, "code": "out_of_memory",
                  "reason": "读取所需的内存超过上限，已中止"}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
