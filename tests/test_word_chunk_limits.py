"""A Word file whose imported part (`w:altChunk`: an HTML page or a web archive inside the .docx) breaks
one of the web page reader's limits is refused, naming the part and the limit, never read as if the
part were not there (its text silently gone)."""
from __future__ import annotations

import io
import zipfile

import pytest

from search import limits
from search.errors import CorpusError
from search.parse.parser import parse_source
from search.parse.readers import Source

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def chunk_docx(chunk: bytes, target: str, content_type: str) -> bytes:
    """A .docx made by hand: a title paragraph, then one imported part."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/word/{target}" ContentType="{content_type}"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{_PKG}">'
                   f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}" xmlns:r="{_REL}"><w:body>'
                   '<w:p><w:r><w:t>数字贸易简报</w:t></w:r></w:p><w:altChunk r:id="c1"/><w:sectPr/></w:body></w:document>')
        z.writestr("word/_rels/document.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{_PKG}">'
                   f'<Relationship Id="c1" Type="{_REL}/aFChunk" Target="{target}"/></Relationships>')
        z.writestr(f"word/{target}", chunk)
    return out.getvalue()


_STORY = "<h2>行业资讯</h2><p><b>国务院公布新条例</b></p><p>5月8日，某部门发布新规，对数字贸易作出安排。</p>"


def _refusal(data: bytes) -> CorpusError:
    with pytest.raises(CorpusError) as caught:
        parse_source(Source("2026-05.docx", data))
    return caught.value


@pytest.mark.parametrize("target,content_type", [("afchunk.htm", "text/html"), ("part2.xhtml", "application/xhtml+xml")])
def test_an_imported_page_nested_too_deep_refuses_the_file(target, content_type):
    page = "<html><body>" + "<div>" * (limits.HTML_DEPTH + 10) + _STORY + "</div>" * (limits.HTML_DEPTH + 10) + "</body></html>"
    error = _refusal(chunk_docx(page.encode(), target, content_type))
    assert error.file == "2026-05.docx"
    assert f"/word/{target}" in error.reason and str(limits.HTML_DEPTH) in error.reason and "嵌套太深" in error.reason
    assert error.limit == limits.HTML_DEPTH


def test_an_imported_page_with_too_many_elements_refuses_the_file():
    page = "<html><body>" + _STORY + "<i></i>" * (limits.HTML_ELEMENTS + 1) + "</body></html>"
    error = _refusal(chunk_docx(page.encode(), "chunk.html", "text/html"))
    assert "/word/chunk.html" in error.reason and f"{limits.HTML_ELEMENTS:,}" in error.reason
    assert error.limit == limits.HTML_ELEMENTS


def test_an_imported_web_archive_with_too_many_parts_refuses_the_file():
    parts = "".join(f"--B\r\nContent-Type: image/png\r\nContent-Location: i{n}.png\r\n\r\nx\r\n"
                    for n in range(limits.MHT_PARTS + 1))
    archive = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n'
               f"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>{_STORY}</body></html>\r\n{parts}--B--\r\n")
    error = _refusal(chunk_docx(archive.encode(), "afchunk.mht", "message/rfc822"))
    assert "/word/afchunk.mht" in error.reason and f"{limits.MHT_PARTS:,}" in error.reason
    assert error.limit == limits.MHT_PARTS


def test_an_imported_page_within_the_limits_is_still_read():
    page = "<html><body>" + "<div>" * 20 + _STORY + "</div>" * 20 + "</body></html>"
    issue = parse_source(Source("2026-05.docx", chunk_docx(page.encode(), "afchunk.htm", "text/html")))
    assert [(i.section, i.title) for i in issue.items] == [("行业资讯", "国务院公布新条例")]


def test_an_imported_page_without_text_still_gives_nothing():
    """A part that is merely empty of text is no limit broken: the rest of the file is read."""
    page = "<html><body><div>" + "</div></body></html>"
    data = chunk_docx(page.encode(), "afchunk.htm", "text/html")
    with pytest.raises(CorpusError) as caught:  # the rest holds only a title: no briefing, but no limit named
        parse_source(Source("2026-05.docx", data))
    assert "/word/afchunk.htm" not in caught.value.reason


def test_an_imported_word_part_that_is_a_zip_bomb_refuses_the_file():
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        for n in range(limits.ZIP_ENTRIES + 1):
            z.writestr(f"p{n}", b"")
    error = _refusal(chunk_docx(inner.getvalue(), "sub.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    assert "/word/sub.docx" in error.reason and "压缩炸弹" in error.reason and error.limit == limits.ZIP_ENTRIES
