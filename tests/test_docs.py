"""The README's examples are real output: each `$ jianbao …` of its console blocks is run over the
frozen archive and its printed output compared with what the README shows (after sqlite-utils'
`tests/test_docs.py`).

In a README block, a line `…` stands for any number of lines, and times (`11 毫秒`, `用时 4.09 秒`,
`索引建于 …`) are compared as times, not values. A command shown without output must
succeed. Every command of the CLI is shown in the README's command table.
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT
from jianbao.cli import main

README = ROOT / "README.md"
ELLIPSIS = "…"
TIMES = [
    (re.compile(r"\d+ 毫秒"), "N 毫秒"),
    (re.compile(r"用时 [\d.]+ 秒"), "用时 N 秒"),
    (re.compile(r"索引建于 \S+"), "索引建于 T"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"), "T"),
]


def examples(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each `$ jianbao` line of the console blocks, in order."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        current = None
        for line in block.split("\n"):
            if line.startswith("$ "):
                current = (line[2:], [])
                found.append(current)
            elif current is not None:
                current[1].append(line)
    return [(cmd, _trim(lines)) for cmd, lines in found if cmd.startswith("jianbao ")]


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def normal(line: str) -> str:
    line = line.rstrip()
    for pattern, replacement in TIMES:
        line = pattern.sub(replacement, line)
    return line


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` is `expected` with each `…` line standing for any lines (none included)."""
    expected = [normal(x) for x in expected]
    actual = [normal(x) for x in actual]
    segments, seg = [], []
    for line in expected:
        if line.strip() == ELLIPSIS:
            segments.append(seg)
            seg = []
        else:
            seg.append(line)
    segments.append(seg)
    pos = 0
    for k, seg in enumerate(segments):
        if k == 0:
            if actual[:len(seg)] != seg:
                return False
            pos = len(seg)
            continue
        last = k == len(segments) - 1
        for start in range(pos, len(actual) - len(seg) + 1):
            if actual[start:start + len(seg)] == seg and (not last or not seg or start + len(seg) == len(actual)):
                pos = start + len(seg)
                break
        else:
            return False
    return len(segments) > 1 or pos == len(actual)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder as a user has it: `corpus/` (the frozen archive) and, once indexed, `index/`."""
    base = tmp_path_factory.mktemp("readme")
    (base / "corpus").symlink_to(CORPUS, target_is_directory=True)
    return base


EXAMPLES = examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 5
    assert EXAMPLES[0][0] == "jianbao index"  # the others need the index it builds


@pytest.mark.parametrize("command, expected", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_is_real_output(workdir, monkeypatch, command, expected):
    monkeypatch.chdir(workdir)
    if command != "jianbao index" and not (workdir / "index").exists():
        CliRunner().invoke(main, ["index"])
    args = shlex.split(command, comments=True)[1:]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    if expected:
        actual = result.stdout.rstrip("\n").split("\n")
        assert matches(expected, actual), "README shows:\n" + "\n".join(expected) + "\n\nbut it prints:\n" + result.stdout


def test_every_command_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    for name in main.commands:
        assert f"| `jianbao {name}" in text, name


@pytest.mark.parametrize("expected, actual, ok", [
    (["a", "…", "z"], ["a", "b", "c", "z"], True),
    (["a", "…"], ["a", "b"], True),
    (["a"], ["a", "b"], False),
    (["a", "…", "z"], ["a", "b"], False),
    (["用时 11 毫秒"], ["用时 3 毫秒"], True),
    (["b"], ["a"], False),
])
def test_the_comparison_itself(expected, actual, ok):
    assert matches(expected, actual) is ok
