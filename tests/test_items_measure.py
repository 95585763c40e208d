"""A section's measure (the widths of its printed lines) is taken once: the line-by-line test that a
short line is no title because it runs to the measure reads the same as the definition it replaced
(the widest OTHER line, two OTHER lines as wide less the slack), which compared each line with every
other one — a file of 40,000 stories took over five minutes to `check`."""
import random

from search.parse import shapes
from search.parse.blocks import Block


def _full_by_definition(blocks, b):
    if b.raw is None:
        return False
    width = shapes.printed_width(b.raw.strip())
    widths = [shapes.printed_width(x.raw.strip()) for x in blocks if x is not b and x.raw is not None and x.kind == "paragraph"]
    if not widths or width < shapes._MEASURE * max(widths):
        return False
    return sum(w >= width - shapes._SLACK for w in widths) >= 2


def _line(rng):
    n = rng.choice([0, 3, 12, 18, 19, 20, 20, 21, 22])
    return "".join(rng.choice("数字贸易abc1，") for _ in range(n))


def test_the_measure_taken_once_reads_as_the_definition():
    rng = random.Random(7)
    for _ in range(300):
        blocks = [Block(kind=rng.choice(["paragraph", "paragraph", "heading", "table"]), text="x",
                        raw=None if rng.random() < 0.1 else _line(rng)) for _ in range(rng.randint(0, 9))]
        measure = shapes.LineMeasure(blocks)
        for b in blocks:
            assert measure.full(b) == _full_by_definition(blocks, b), [x.raw for x in blocks]


def test_a_wrapped_line_as_wide_as_two_others_is_no_title():
    wide = "澳大利亚首次担任主宾国，安徽省担任主宾省，展会吸引了众多"
    blocks = [Block(kind="paragraph", text=t, raw=t) for t in (wide, wide + "。", wide, "短题目")]
    measure = shapes.LineMeasure(blocks)
    assert measure.full(blocks[0]) and not measure.full(blocks[3])
