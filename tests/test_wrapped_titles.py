"""A bold story title that wraps to a second line in a narrow column (issue 16, wave 15; blind10's
LibreOffice export showed it: `§1 国务院关税税则委员会调整对美加征关` / `税措施` in the first column of a
balanced two-column section). A title after a mark (`§`, `▶`, `■`) read as a list item and its
second line as a title of its own, so the story split in two. Built here in other shapes: three
columns and two, titles after `▶`, `■`, `1.` and `（2）`, set bold in another face at about the
body's size (no larger, so weight alone tells them)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from search.parse import legacy
from search.parse.parser import parse_file


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_a_bold_title_wrapped_in_a_narrow_column_stays_one_title_however_it_is_numbered(tmp_path):
    gen = Path(__file__).resolve().parent / "data" / "layouts" / "gen_wrapped_titles.py"
    pdf = tmp_path / "wrapped.pdf"
    subprocess.run([sys.executable, str(gen), str(pdf)], check=True, capture_output=True, timeout=240)
    assert [(i.section, i.title, i.source) for i in parse_file(pdf).items] == [
        ("政策动向", "国家数据局：公共数据资源授权运营试点扩大到二十个城市", "新华社"),
        ("政策动向", "海关总署发布跨境电商零售进口商品清单调整公告", "海关发布"),
        ("政策动向", "工信部：前十个月软件业务收入同比增长百分之十二", "人民邮电报"),
        ("行业资讯", "中欧班列今年累计开行超过一万七千列创历史新高", "经济日报"),
        ("行业资讯", "服务外包企业承接离岸合同额保持两位数增长势头", "商务部网站"),
        ("行业资讯", "大连自贸片区新设数字贸易企业数量同比翻了一番", "大连日报"),
        ("协会动态", None, None)]
