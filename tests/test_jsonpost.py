"""Posts exported as JSON (parse/jsonpost.py): the body found by its shape in exports of every kind
built here (Editor.js, WordPress, Ghost html/mobiledoc/lexical, Notion, Portable Text, a WeChat
material, Markdown in Strapi), the post's record never read, hostile files refused with their
reason, annotations beside briefings never taken for briefings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.errors import CorpusError
from search.intake.sniff import kind_of
from search.parse import jsonpost
from search.parse.parser import parse_file
from search.parse.readers import briefing_paths, read_json_blocks
from search.index.listing import corpus_files

MAST = ["数字贸易简报", "2024年第3期（总第27期）", "大连市数字贸易协会编　2024年3月31日"]
STORIES = [("行业资讯", "跨境电商出口增长两成", "3月12日，海关总署发布数据，一季度跨境电商出口同比增长20.5%，增速高于外贸整体。",
            "新华社"),
           ("行业资讯", "大连举办服务贸易洽谈会", "3月20日，大连市在星海湾举办服务贸易洽谈会，签约项目23个。", "大连日报")]
CLOSING = ("协会动态", "3月25日，协会召开第二届理事会第三次会议，审议年度工作计划。")
RECORD = {"id": 77, "slug": "brief-2024-03", "published_at": "2024-04-08T10:00:00+08:00",
          "updated_at": "2024-04-09T11:00:00+08:00", "author": {"name": "editor"}, "tags": ["简报"]}


def _html() -> str:
    out = [f"<h1>{MAST[0]}</h1>", f'<p style="text-align:center">{MAST[1]}</p>',
           f'<p style="text-align:center">{MAST[2]}</p>']
    section = None
    for sec, title, body, source in STORIES:
        if sec != section:
            out.append(f"<h2>{sec}</h2>")
            section = sec
        out += [f"<h3>{title}</h3>", f"<p>{body}</p>", f'<p style="text-align:right">来源：{source}</p>']
    return "".join(out + [f"<h2>{CLOSING[0]}</h2>", f"<p>{CLOSING[1]}</p>"])


def _markdown() -> str:
    out = [f"# {MAST[0]}", "", MAST[1], "", MAST[2], ""]
    for sec, title, body, source in STORIES:
        if f"## {sec}" not in out:
            out += [f"## {sec}", ""]
        out += [f"### {title}", "", body, "", f"来源：{source}", ""]
    return "\n".join(out + [f"## {CLOSING[0]}", "", CLOSING[1], ""])


def _generic(heading, para, aligned):
    """Block objects of one editor: `heading(text, level)`, `para(text)`, `aligned(text, how)`."""
    out = [heading(MAST[0], 1), aligned(MAST[1], "center"), aligned(MAST[2], "center")]
    section = None
    for sec, title, body, source in STORIES:
        if sec != section:
            out.append(heading(sec, 2))
            section = sec
        out += [heading(title, 3), para(body), aligned(f"来源：{source}", "right")]
    return out + [heading(CLOSING[0], 2), para(CLOSING[1])]


def _editorjs():  # a top-level `blocks`, alignment in the block's data (another plugin than the held-out's tune)
    return {**RECORD, "time": 1712541600000, "version": "2.28.0", "blocks": _generic(
        lambda t, n: {"id": t[:3], "type": "header", "data": {"text": t, "level": n}},
        lambda t: {"type": "paragraph", "data": {"text": t.replace("，", "，&nbsp;", 1)}},
        lambda t, a: {"type": "paragraph", "data": {"text": f"<i>{t}</i>", "alignment": a}})
        + [{"type": "image", "data": {"file": {"url": "x.jpg"}, "caption": "图为会场"}}, {"type": "delimiter", "data": {}}]}


def _lexical():  # Ghost 5 / Payload: a Lexical tree, kept as a JSON string in the export
    text = lambda t, fmt=0: [{"type": "text", "text": t, "format": fmt, "detail": 0, "version": 1}]  # noqa: E731
    root = {"root": {"type": "root", "children": _generic(
        lambda t, n: {"type": "heading", "tag": f"h{n}", "children": text(t)},
        lambda t: {"type": "paragraph", "children": text(t)},
        lambda t, a: {"type": "paragraph", "format": a, "children": text(t, 2)})}}
    return {"posts": [{**RECORD, "title": "简报第27期", "lexical": json.dumps(root, ensure_ascii=False)}]}


def _notion():
    rich = lambda t: [{"type": "text", "text": {"content": t}, "plain_text": t, "annotations": {"bold": False}}]  # noqa: E731
    return {"object": "list", "results": _generic(
        lambda t, n: {"object": "block", "type": f"heading_{n}", f"heading_{n}": {"rich_text": rich(t)}},
        lambda t: {"object": "block", "type": "paragraph", "paragraph": {"rich_text": rich(t)}},
        lambda t, a: {"object": "block", "type": "paragraph", "paragraph": {"rich_text": rich(t)}})}


def _portable_text():  # Sanity: the level in `style`, spans with marks
    span = lambda t: [{"_type": "span", "text": t, "marks": []}]  # noqa: E731
    return {"_id": "post-3", "_createdAt": "2024-04-08T02:00:00Z", "body": _generic(
        lambda t, n: {"_type": "block", "style": f"h{n}", "children": span(t)},
        lambda t: {"_type": "block", "style": "normal", "children": span(t)},
        lambda t, a: {"_type": "block", "style": "normal", "children": span(t)})}


def _mobiledoc():
    sections = [[1, "h1", [[0, [], 0, MAST[0]]]], [1, "p", [[0, [], 0, MAST[1]]]], [1, "p", [[0, [], 0, MAST[2]]]]]
    for sec, title, body, source in STORIES:
        if [1, "h2", [[0, [], 0, sec]]] not in sections:
            sections.append([1, "h2", [[0, [], 0, sec]]])
        sections += [[1, "h3", [[0, [], 0, title]]], [1, "p", [[0, [], 0, body]]], [1, "p", [[0, [], 0, f"来源：{source}"]]]]
    sections += [[1, "h2", [[0, [], 0, CLOSING[0]]]], [1, "p", [[0, [], 0, CLOSING[1]]]]]
    doc = {"version": "0.3.1", "atoms": [], "cards": [], "markups": [], "sections": sections}
    return {"db": [{"data": {"posts": [{**RECORD, "mobiledoc": json.dumps(doc, ensure_ascii=False)}]}}]}


def _draftjs():  # Draft.js raw content: `header-two`, `unstyled`, alignment in the block's data
    words = {1: "one", 2: "two", 3: "three"}
    return {"post": {**RECORD, "body": {"entityMap": {}, "blocks": _generic(
        lambda t, n: {"key": t[:2], "type": f"header-{words[n]}", "text": t, "inlineStyleRanges": [], "data": {}},
        lambda t: {"key": t[:2], "type": "unstyled", "text": t, "inlineStyleRanges": [], "data": {}},
        lambda t, a: {"key": t[:2], "type": "unstyled", "text": t, "data": {"textAlign": a}})}}}


def _quill():  # a Quill Delta: each line's kind on the newline that ends it
    ops = []
    for block in _generic(lambda t, n: (t, {"header": n}), lambda t: (t, {}), lambda t, a: (t, {"align": a})):
        text, attrs = block
        ops += [{"insert": text}, {"insert": "\n", **({"attributes": attrs} if attrs else {})}]
    return {"article": {**RECORD, "content": {"ops": ops[:6] + [{"insert": {"image": "x.png"}}] + ops[6:]}}}


SHAPES = {
    "quill": _quill,
    "draftjs": _draftjs,
    "editorjs": _editorjs,
    "wordpress": lambda: {**RECORD, "date": "2024-04-08T10:00:00", "modified": "2024-04-09T10:00:00",
                          "title": {"rendered": "数字贸易简报第27期"}, "content": {"rendered": _html(), "protected": False},
                          "excerpt": {"rendered": "<p>跨境电商出口增长两成……</p>"}},
    "ghost-html": lambda: {"db": [{"data": {"posts": [{**RECORD, "html": _html(), "plaintext": "跨境电商出口"}]}}]},
    "ghost-mobiledoc": _mobiledoc,
    "lexical": _lexical,
    "notion": _notion,
    "portable-text": _portable_text,
    "wechat": lambda: {"item": [{"media_id": "abc", "update_time": 1712541600, "content": {"news_item": [
        {"title": "数字贸易简报第27期", "author": "协会", "digest": "本期要目", "thumb_media_id": "t",
         "content": _html().replace("<h", "<section><h").replace("</h1>", "</h1></section>"),
         "content_source_url": "", "url": "http://mp.weixin.qq.com/s?x"}]}}]},
    "strapi-markdown": lambda: {"data": {"id": 3, "attributes": {"title": "简报", "content": _markdown(),
                                                                 "publishedAt": "2024-04-08T02:00:00.000Z"}}},
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_of_export_gives_the_items_and_the_issue(tmp_path, shape):
    path = tmp_path / f"post_{shape}.json"
    path.write_text(json.dumps(SHAPES[shape](), ensure_ascii=False, indent=1), encoding="utf-8")
    issue = parse_file(path)
    got = [(i.section, i.title, i.source) for i in issue.items]
    assert got[:2] == [(sec, title, source) for sec, title, _, source in STORIES], got
    assert issue.items[0].body.startswith("3月12日") and issue.items[0].date == "2024-03-12"
    # the issue's date is the masthead's, never the post's publication, update or export time
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2024, 3, 27, "2024-03-31")
    assert kind_of(path.read_bytes(), path.name, ".json").name == "json"


@pytest.mark.parametrize("data, said", [
    (b'{"blocks": [{"type": "paragraph", "data": {"text": "x"}}', "不是有效的 JSON（第 1 行第 57 列）：缺少逗号，文件在此结束"),  # truncated
    (b"[" * 100_000 + b"]" * 100_000, "嵌套太深"),
    (b'{"a":' * 70 + b"1" + b"}" * 70, "嵌套太深"),
    ('{"content": "简报"}'.encode("gb18030"), "不是 UTF-8"),
    (b'{"name": "jianbao", "version": "1.0", "scripts": {"test": "pytest"}}', "找不到文章正文"),
    (b"  \n", "文件是空的"),
])
def test_hostile_or_empty_json_is_refused_saying_what_is_wrong(data, said):
    """By the reader and by the desk's type check alike."""
    for refuse in (lambda: read_json_blocks(data, "x.json"), lambda: kind_of(data, "x.json", ".json")):
        with pytest.raises(CorpusError) as refused:
            refuse()
        assert said in refused.value.reason


def test_a_text_briefing_that_opens_with_a_bracket_stays_text():
    text = "[数据月报]\n\n一季度外贸数据\n\n3月12日，海关总署发布数据。".encode()
    assert kind_of(text, "x.txt", ".txt").name == "text"
    with pytest.raises(CorpusError, match="不是有效的 JSON"):
        kind_of(text, "x.json", ".json")  # named .json, it is judged as JSON


def test_json_that_holds_no_post_is_refused_by_the_reader():
    for data in (b"42", b'"just a string"', b"[1, 2, 3]", '{"title": "简报", "published_at": "2024-04-08"}'.encode()):
        with pytest.raises(CorpusError, match="找不到文章正文"):
            read_json_blocks(data, "x.json")


def test_too_many_values_or_blocks_are_refused_before_they_cost(monkeypatch):
    with pytest.raises(CorpusError, match="JSON 的值太多"):
        read_json_blocks(b"[" + b"0," * 1_000_001 + b"0]", "x.json")
    monkeypatch.setattr(jsonpost, "JSON_BLOCKS", 10)
    blocks = [{"type": "paragraph", "data": {"text": f"第{n}段文字，足够长的一段正文。"}} for n in range(11)]
    with pytest.raises(CorpusError, match="正文块太多"):
        read_json_blocks(json.dumps({"blocks": blocks}).encode(), "x.json")


def test_annotations_beside_briefings_are_no_briefings(tmp_path):
    """`X.expected.json` beside `X.txt` or `X.json`, and `Y.meta.json` beside `Y.pdf`, are the
    files' annotations: neither listed for the index (nor rejected) nor read as siblings."""
    names = ["a.txt", "a.expected.json", "post.json", "post.expected.json", "y.pdf", "y.meta.json",
             "简报2024.3.json", "lone.expected.json"]
    for name in names:
        (tmp_path / name).write_bytes(b"{}")
    kept = ["a.txt", "post.json", "y.pdf", "简报2024.3.json"]
    assert sorted(corpus_files(tmp_path)) == sorted(kept)
    assert sorted(p.name for p in briefing_paths(tmp_path)) == sorted(kept)


def test_the_index_reads_an_export_and_leaves_its_annotation_alone(tmp_path):
    from search.index.reindex import update_index
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "post.json").write_text(json.dumps(_editorjs(), ensure_ascii=False), encoding="utf-8")
    (corpus / "post.expected.json").write_text('{"file": "post.json", "items": []}', encoding="utf-8")
    report = update_index(corpus, tmp_path / "index")
    assert report.ok and report.items == 3 and not report.rejected


def test_a_body_without_its_masthead_takes_the_issue_from_the_posts_title(tmp_path):
    """A WordPress post whose body starts with its first section: the title beside the body
    (`title.rendered`, entities and all) is read above it, as a WeChat article's title is; the
    post's dates still are not; a class naming the alignment (`has-text-align-right`) aligns."""
    body = _html().split("<h2>", 1)[1].replace('style="text-align:right"', 'class="has-text-align-right"')
    post = {**RECORD, "date": "2024-04-08T10:00:00", "modified_gmt": "2024-04-09T02:00:00",
            "title": {"rendered": "数字贸易简报&#12288;2024年第3期（总第27期）"}, "content": {"rendered": "<h2>" + body}}
    path = tmp_path / "wp-post-27.json"
    path.write_text(json.dumps([post], ensure_ascii=False), encoding="utf-8")
    issue = parse_file(path)
    assert [(i.title, i.source) for i in issue.items[:2]] == [(t, s) for _, t, _, s in STORIES]
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2024, 3, 27)
    assert issue.meta.date != "2024-04-08"


def test_a_post_kept_as_a_tree_of_its_own_fields_is_read_in_its_order(tmp_path):
    """No one string holds the post: its sections and stories are the CMS's own fields."""
    sections = {}
    for sec, title, body, source in STORIES:
        sections.setdefault(sec, []).append({"id": len(sections), "title": title, "body": body, "source": source,
                                             "updated_at": "2024-04-09"})
    post = {**RECORD, "title": MAST[0], "issue": f"{MAST[1]}\n{MAST[2]}",
            "sections": [{"name": sec, "articles": arts} for sec, arts in sections.items()]
            + [{"name": CLOSING[0], "paragraphs": [CLOSING[1]]}]}
    path = tmp_path / "issue-27.json"
    path.write_text(json.dumps(post, ensure_ascii=False), encoding="utf-8")
    issue = parse_file(path)
    assert [(i.section, i.title, i.source) for i in issue.items[:2]] == [(s, t, src) for s, t, _, src in STORIES]
    assert (issue.meta.year, issue.meta.number, issue.meta.date) == (2024, 3, "2024-03-31")


@pytest.mark.parametrize("claimed", ["", ".txt"])
def test_an_upload_not_named_json_is_parsed_once_to_know_it_is_json(claimed, monkeypatch):
    """The desk's type check parses the upload's JSON once: the post's body is found in the value
    that told it the upload is JSON (the check had parsed it twice, once to know, once to read)."""
    post = json.dumps({"id": 3, "title": "简报", "content": {"rendered": _html()}}, ensure_ascii=False)
    whole = []
    loads = json.loads
    monkeypatch.setattr(json, "loads", lambda s, *a, **k: (whole.append(len(s) >= len(post) - 1), loads(s, *a, **k))[1])
    assert kind_of(post.encode(), "upload", claimed).name == "json"
    assert whole.count(True) == 1
    whole.clear()
    assert kind_of(b"[1, 2]\n" + post.encode(), "upload", claimed).name == "text"  # not JSON: text, parsed once to know
    assert whole.count(True) == 1


def test_the_json_reader_finds_markup_by_one_pattern():
    """jsonpost.py and jsontree.py take tags and entities by markup.py's patterns, none of their own."""
    import inspect
    import re as regex
    from search.parse import jsontree, markup
    for module in (jsonpost, jsontree):
        assert not regex.search(r"<\[\^>\]", inspect.getsource(module)), module.__name__
    title = '<span style="x">数字贸易&amp;简报</span> <b>2024年第3期</b>'
    assert markup.strip_tags(title) == "数字贸易&amp;简报 2024年第3期"
    assert markup.markup_chars("<p>a&nbsp;b</p>\n<p>c</p>") == len("a b\nc")
    post = {"title": {"rendered": title}, "content": {"rendered": _html()}}
    blocks = read_json_blocks(json.dumps(post, ensure_ascii=False).encode(), "x.json")
    assert blocks[0].text == "数字贸易&简报 2024年第3期"


@pytest.mark.parametrize("wrap", ["<blockquote>{}</blockquote>", "<em>{}</em>", "<figure><figcaption>{}</figcaption></figure>"])
def test_a_tree_field_holding_html_of_any_element_is_read_as_html(tmp_path, wrap):
    """Whether a tree's string is HTML is one question with one answer (markup.holds_html) for the
    body found whole and for a post kept as a tree: a story wrapped in a quotation, emphasis or a
    figure is its text, never its tags escaped into the text."""
    from search.parse import jsontree, markup
    for module in (jsonpost, jsontree):
        assert "holds_html" in vars(module) and not any(
            name != "_RECORD_KEYS" and hasattr(v, "pattern") and "<(?:" in v.pattern for name, v in vars(module).items())
    assert markup.holds_html(wrap.format("x")) and not markup.holds_html("1 < 2 且 3 > 2")
    # each story's paragraphs a field of their own, too short for one to be taken for the body
    articles = [{"id": k, "title": t, "body": [wrap.format(p + "。") for p in b.rstrip("。").split("，")], "source": s}
                for k, (_, t, b, s) in enumerate(STORIES)]
    post = {**RECORD, "title": MAST[0], "issue": f"{MAST[1]}\n{MAST[2]}",
            "sections": [{"name": STORIES[0][0], "articles": articles}, {"name": CLOSING[0], "paragraphs": [CLOSING[1]]}]}
    path = tmp_path / "issue-27.json"
    path.write_text(json.dumps(post, ensure_ascii=False), encoding="utf-8")
    issue = parse_file(path)
    assert [i.title for i in issue.items[:2]] == [t for _, t, _, _ in STORIES]
    assert issue.items[0].body.startswith("3月12日。") and not any("<" in i.body or "&lt;" in i.body for i in issue.items)


def test_the_json_reader_leaves_the_web_page_reader_to_the_dispatcher():
    """No circle webpage -> webembed -> jsonpost -> webpage: jsonpost finds a post's body; the readers' dispatcher
    hands an HTML body to the web page reader."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(jsonpost))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "search.parse.webpage" not in imported
