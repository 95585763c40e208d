"""Saved pages beyond WeChat of tests/data/drift19web/ (issue 16, wave 19), each shape built here small in a
form other than the file's: footnotes of a rendered Markdown post (marks and their list), banners that are
pictures whose only words are their alt text, a section not known among them."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file, parse_source
from search.parse.readers import Source
from search.parse.webpage import read_html_blocks

DRIFT = Path(__file__).parent / "data" / "drift19web"
HEAD = "<p>数字贸易简报　2026年第3期（总第39期）　2026年3月31日</p>"
P1 = "<p>2月10日，协会组织会员单位赴大连软件园调研，了解数据出境合规工作进展。</p>"
P2 = "国家数据局近日发布数据流通交易合同示范文本，供各地参考使用，推动数据要素市场建设。"


def _rows(issue) -> list[tuple]:
    return [(i.section, i.title, i.source) for i in issue.items]


@pytest.mark.parametrize("mark, notes", [
    # Hugo / Goldmark: the superscript holds the link; the notes in an <ol> under a rule
    ('<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>',
     '<div class="footnotes"><hr><ol><li id="fn:1"><p>原文有删节。<a href="#fnref:1">↩</a></p></li></ol></div>'),
    # pandoc: the link holds the superscript; the notes in a <section>
    ('<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a>',
     '<section class="footnotes"><hr><ol><li id="fn1"><p>原文有删节。</p></li></ol></section>'),
    # markdown-it: `[1]` in the superscript, the note's text in the list item itself
    ('<sup class="footnote-ref"><a href="#fn-a" id="fnref-a">[1]</a></sup>',
     '<ol class="footnotes-list"><li id="fn-a" class="footnote-item">原文有删节。</li></ol>'),
])
def test_footnote_marks_and_their_list_are_no_story_text(mark, notes):
    body = (HEAD + "<h2>行业资讯</h2><h3>数据流通交易合同示范文本发布</h3>"
            f"<p>{P2}{mark}</p><blockquote><p>来源：人民日报</p></blockquote><h2>协会动态</h2>{P1}{notes}")
    issue = parse_source(Source("post.html", f"<html><body><article>{body}</article></body></html>".encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"), ("协会动态", None, None)]
    assert issue.items[0].body.endswith("市场建设。")
    assert "删节" not in "".join(i.body for i in issue.items)


def test_an_in_page_link_that_is_no_superscript_stays_text():
    html = (f"<html><body><article>{HEAD}<p>详见<a href='#s2'>第二部分</a>的说明。</p><h2 id='s2'>说明</h2>"
            f"<ol><li id='n1'>第一条</li></ol></article></body></html>")
    texts = [b.text for b in read_html_blocks(html.encode(), "p.html")]
    assert "详见第二部分的说明。" in texts and "第一条" in texts


def _picture(name: str) -> str:
    return f"<div class='banner'><img src='data:,' data-src='b.png' alt='{name}'></div>"


def test_pictures_give_banners_a_name_not_known_among_them_opens_its_section():
    body = ("<div><img src='data:,' alt='刊头'></div>" + HEAD + _picture("行业资讯")
            + f"<div class='t'><b>数据流通交易合同示范文本发布</b></div><div>{P2}</div>"
            + _picture("人工智能") + f"<div class='t'><b>政务大模型上线试运行</b></div>"
            + "<div>大连市政务服务中心近日上线政务大模型，为企业和群众提供办事指引和政策问答。</div>"
            + _picture("协会动态") + P1)
    issue = parse_source(Source("old.htm", f"<html><body><div id='content'>{body}</div></body></html>".encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", None),
                            ("人工智能", "政务大模型上线试运行", None), ("协会动态", None, None)]


def test_the_firefox_saved_gbk_page_reads_its_picture_banners():
    issue = parse_file(DRIFT / "d19-05-firefox-gbk.htm")
    assert [i.section for i in issue.items] == ["数据月报", "行业资讯", "行业资讯", "人工智能", "会员风采", "协会动态"]


def test_zero_width_spaces_closing_each_line_of_a_cloud_document_are_no_text():
    def line(text: str, cls: str = "") -> str:
        return f"<div class='ace-line {cls}'><span data-string='true'>{text}</span><span data-enter='true'>\u200b</span></div>"
    body = (line("数字贸易简报") + line("2026年第3期（总第39期）　2026年3月31日") + line("行业资讯", "h2")
            + line("数据流通交易合同示范文本发布", "h3") + line(P2) + line("来源：人民日报") + line("数字政务", "h2")
            + line("政务大模型上线试运行", "h3") + line("大连市政务服务中心近日上线政务大模型，提供办事指引。")
            + line("协会动态", "h2") + line("2月10日，协会组织会员单位赴大连软件园调研。") + line("3月5日，协会召开常务理事会。"))
    style = "<style>.h2{font-size:22px;font-weight:600}.h3{font-size:17px;font-weight:600}.ace-line{font-size:15px}</style>"
    issue = parse_source(Source("doc.html", f"<html><head>{style}</head><body><div>{body}</div></body></html>".encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"),
                            ("数字政务", "政务大模型上线试运行", None), ("协会动态", None, None), ("协会动态", None, None)]
    assert "\u200b" not in "".join(i.body for i in issue.items)


def _post(n: int, when: str, html: str) -> str:
    return (f"<div id='post_{n}'><table><tr><td class='pls'><a href='space-{n}.html'>会员{n}</a></td><td class='plc'>"
            f"<div class='pi'><em>发表于 {when}</em></div><div class='t_f'>{html}</div><div class='sign'>签名</div>"
            f"</td></tr></table></div>")


def test_a_forum_threads_first_post_is_the_article_its_replies_are_not():
    post = "<br/>".join([HEAD, "<strong>行业资讯</strong>", "<strong>数据流通交易合同示范文本发布</strong>", P2,
                         "【来源：人民日报】", "<strong>政务大模型上线试运行</strong>",
                         "大连市政务服务中心近日上线政务大模型，为企业和群众提供办事指引、政策问答和材料预审服务。",
                         "【来源：大连日报】", "<strong>协会动态</strong>", "2月10日，协会组织会员单位赴大连软件园调研，了解数据出境合规工作进展。"])
    replies = ["感谢秘书处整理，数据很详实，数据流通交易合同示范文本对我们企业很有参考价值，希望多发布这类内容。",
               "请问下次会员单位调研是什么时候？我们公司也想报名参加，麻烦秘书处通知一下，谢谢！"]
    page = ("<html><body><div id='hd'><a href='/'>论坛</a></div><div id='postlist'>"
            + _post(1, "2026-3-31 10:12", post)
            + "".join(_post(2 + k, f"2026-3-31 1{k + 1}:0{k}", r) for k, r in enumerate(replies)) + "</div></body></html>")
    issue = parse_source(Source("thread.html", page.encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"),
                            ("行业资讯", "政务大模型上线试运行", "大连日报"), ("协会动态", None, None)]
    assert "感谢" not in "".join(i.body for i in issue.items)


_ISSUE = ("<p>数字贸易简报　2026年第3期（总第39期）　2026年3月31日</p><h2>行业资讯</h2><h3>数据流通交易合同示范文本发布</h3>"
          f"<p>{P2}</p><p>来源：人民日报</p><h2>协会动态</h2>{P1}")


def test_a_mail_written_into_a_frame_is_read_where_the_frame_stands():
    from html import escape
    page = ("<html><body><table><tr><td>发件人：</td><td>秘书处</td></tr><tr><td>时间：</td><td>2026年4月2日 上午9:30</td></tr>"
            f"</table><iframe srcdoc=\"{escape('<html><body>' + _ISSUE + '</body></html>', quote=True)}\"></iframe></body></html>")
    issue = parse_source(Source("mail.html", page.encode()))
    assert (issue.meta.number, issue.meta.date) == (3, "2026-03-31")
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"), ("协会动态", None, None)]


def test_a_web_apps_shell_is_read_from_its_json_state():
    import json
    state = {"props": {"pageProps": {"post": {"id": 7, "slug": "jb-39", "title": "数字贸易简报 第39期", "body_html": _ISSUE},
                                     "related": [{"title": "上一期", "summary": "本期关注外贸数据。"}]}}}
    page = ("<html><body><div id='__next'><header><a href='/'>首页</a></header><p>正在加载…</p></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script></body></html>")
    issue = parse_source(Source("app.html", page.encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"), ("协会动态", None, None)]


def test_a_page_that_shows_its_article_keeps_it_over_a_state_script():
    page = (f"<html><body><article>{_ISSUE}</article><script type='application/json'>"
            '{"ad": {"html": "<p>广告：企业出海服务，专业团队一对一咨询，欢迎来电。</p>"}}</script></body></html>')
    issue = parse_source(Source("page.html", page.encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "人民日报"), ("协会动态", None, None)]


def test_a_source_over_a_read_more_link_is_the_storys_and_small_print_after_sources_is_the_footer():
    small = "style='font-size:12px;color:#999'"
    page = ("<html><body><div>" + "<p>数字贸易简报　2026年第3期（总第39期）　2026年3月31日</p><h2>行业资讯</h2>"
            + "".join(f"<h3>{t}</h3><p style='font-size:15px'>{P2}</p><p {small}>来源：{s}</p>"
                      f"<p><a href='https://example.org/{k}.html'>阅读全文 »</a></p>"
                      for k, (t, s) in enumerate([("数据流通交易合同示范文本发布", "新华社"), ("数据要素市场建设加快", "人民日报")]))
            + f"<h2>协会动态</h2><p style='font-size:15px'>{P1[3:-4]}</p>"
            + f"<p {small}>您收到这封邮件，是因为贵单位是协会的会员。如不想再收到，请<a href='https://example.org/u'>退订</a>。</p>"
            + "</div></body></html>")
    issue = parse_source(Source("news.html", page.encode()))
    assert _rows(issue) == [("行业资讯", "数据流通交易合同示范文本发布", "新华社"),
                            ("行业资讯", "数据要素市场建设加快", "人民日报"), ("协会动态", None, None)]
