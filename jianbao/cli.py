"""The `jianbao` command line: one click group, one command per verb, each calling one library function.

The edge of the library: reads the environment (JIANBAO_CORPUS, JIANBAO_INDEX), turns domain errors
into messages and exit statuses (0 done; 1 some input could not be used; 2 wrong usage), never a
traceback for bad input. It speaks one language to its users, Chinese, as its output and the web
do: errors are worded from their fields (search/wording.py; click's own checks: jianbao/usage.py),
and the library's English message follows only with --verbose.
"""
from __future__ import annotations

import errno
import json
import sys
from pathlib import Path

import click

from jianbao.options import UsageProblem, common, instance_option, said
from jianbao.users import user
from jianbao.usage import Group, OneOf, Whole, detail
from search import limits, wording
from search.errors import (CorpusError, IndexBusy, IndexMissing, IndexStale, NotFound, QueryError,
                           SearchError)


def _archive(index_dir):
    from search import Archive
    try:
        return Archive(index_dir)
    except (IndexMissing, IndexStale) as exc:
        raise click.ClickException(said(exc)) from None


def _colour(text: str, on: bool) -> str:
    """Snippet HTML -> terminal text, matches in bold yellow when writing to a terminal."""
    import html
    if on:
        text = text.replace("<mark>", "\x1b[1;33m").replace("</mark>", "\x1b[0m")
    else:
        text = text.replace("<mark>", "[").replace("</mark>", "]")
    return html.unescape(text)


def _verbose() -> bool:
    """Was --verbose given? Then `parse` and `check` read their files again, not their cached issues,
    so that the PDF library's warnings about them are shown."""
    return bool(click.get_current_context().meta.get("jianbao.verbose"))


def _parse_cache(index_dir) -> Path:
    """Where `parse` and `check` keep what they parsed and recognised: the index's own cache when the
    index folder is there (what `check` parsed, `index` does not parse or recognise again), else the
    user's jianbao cache folder, where the entries of older parsers are dropped as the indexer drops
    them from its own. A file is never parsed, nor a page recognised, twice."""
    from search.index.store import cache_dir
    if Path(index_dir).is_dir():
        return cache_dir(index_dir)
    import time

    from search.analyze import cache_directory
    from search.cache import GRACE_SECONDS
    from search.parse.parser import prune_cache
    folder = cache_directory()
    prune_cache(folder, before=time.time() - GRACE_SECONDS)
    return folder


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jianbao")
def main():
    """jianbao (简报搜索): search the archive of 《数字贸易简报》."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one item a line (CONTRACT.md).")
@common
def parse(files, as_json, corpus_dir, index_dir):
    """Parse briefing FILES into news items, without touching the index."""
    from search.parse.parser import format_item, parse_files
    issues, errors = parse_files([Path(f) for f in files], cache_dir=_parse_cache(index_dir), reread=_verbose())
    for issue in issues:
        for item in issue.items:
            if as_json:
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
            else:
                click.echo(format_item(item) + "\n")
    for err in errors:
        click.echo(f"jianbao parse: {err.file}: {err.reason}", err=True)
    if not as_json:
        click.echo(f"{len(issues)} 个文件，{sum(len(i.items) for i in issues)} 条资讯"
                   + (f"；{len(errors)} 个文件无法使用" if errors else ""), err=True)
    sys.exit(1 if errors else 0)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one a line.")
@common
def check(files, as_json, corpus_dir, index_dir):
    """What the parser understood of briefing FILES, with warnings; touches no index.

    Exit status 0 when every file is usable (warnings or not), 1 when one is not."""
    from search.parse.check import format_report, report
    from search.parse.parser import parse_files
    issues, errors = parse_files([Path(f) for f in files], cache_dir=_parse_cache(index_dir), reread=_verbose())
    by_name = {i.file: report(i) for i in issues}
    by_name.update({e.file: {"file": e.file, "usable": False, "reason": e.reason} for e in errors})
    for f in files:
        data = by_name.get(Path(f).name)
        if data is None:
            continue
        click.echo(json.dumps(data, ensure_ascii=False) if as_json else format_report(data) + "\n")
    sys.exit(1 if errors else 0)


@main.command()
@click.option("--rebuild", is_flag=True, help="Build the index from scratch.")
@click.option("--watch", is_flag=True, help="Keep running; reindex when files arrive, change or go.")
@click.option("--json", "as_json", is_flag=True, help="The summary as JSON.")
@common
def index(rebuild, watch, as_json, corpus_dir, index_dir):
    """Bring the index up to date with the corpus (incremental)."""
    from search.index.reindex import update_index

    def run_once(rebuild_now: bool) -> int:
        try:
            report = update_index(corpus_dir, index_dir, rebuild=rebuild_now)
        except IndexBusy as exc:
            if watch and not rebuild_now:
                raise  # the watcher retries after its debounce
            click.echo(f"jianbao index: {said(exc)}", err=True)
            return 1
        except CorpusError as exc:
            if watch:  # the corpus folder may come back: keep watching
                click.echo(f"jianbao index: {said(exc)}", err=True)
                return 1
            raise click.ClickException(said(exc)) from None
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False) if as_json else report.summary())
        for file, reason in report.rejected:
            click.echo(f"jianbao index: {file}: {reason}", err=True)
        for file, message in report.warnings:
            click.echo(f"jianbao index: {file}: 提示：{message}", err=True)
        return 0 if report.ok else 1

    if not watch:
        sys.exit(run_once(rebuild))
    if not Path(corpus_dir).is_dir():
        raise click.ClickException(f"{corpus_dir}：语料文件夹不存在，无从监视")
    try:
        run_once(rebuild)
    except IndexBusy as exc:
        click.echo(f"jianbao index: {said(exc)}；先监视文件的变化", err=True)
    from search.index.watch import watch as watch_corpus
    try:
        watch_corpus(corpus_dir, lambda: run_once(False))
    except CorpusError as exc:  # the folder went away before the watch began
        raise click.ClickException(said(exc)) from None


@main.command()
@click.argument("query", nargs=-1)
@click.option("--section", multiple=True, help="Only this section (repeat for either).")
@click.option("--source", multiple=True, help="Only items from this source.")
@click.option("--org", multiple=True, help="Only items naming this organisation.")
@click.option("--issue", multiple=True, help="Only this issue, YYYY-NN.")
@click.option("--from", "date_from", help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "date_to", help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--year", multiple=True, help="Only items of this year's issues, YYYY (repeat for either).")
@click.option("--sort", type=OneOf(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--page", type=Whole(1), default=1, show_default=True)
@click.option("--per-page", type=Whole(1, limits.MAX_PER_PAGE), default=limits.PER_PAGE, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON as in CONTRACT.md.")
@click.option("--explain", is_flag=True, help="Show the normalised text, segmentation, expansions and query run.")
@common
def search(query, section, source, org, issue, date_from, date_to, year, sort, page, per_page, as_json,
           explain, corpus_dir, index_dir):
    """Search the archive: words must all match; "quoted phrase"; -exclude; OR."""
    from search import analyze
    from search import Filters
    text = " ".join(query)
    try:
        filters = Filters(section=list(section), source=list(source), org=list(org), issue=list(issue),
                          date_from=date_from, date_to=date_to, year=list(year))
        archive = _archive(index_dir)
        result = archive.search(text, filters, page=page, per_page=per_page, sort=sort)
    except QueryError as exc:
        raise UsageProblem(said(exc)) from None
    if explain:
        _explain(analyze.normalize(text), result, err=as_json)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        _show_page(text, result)


def _explain(normalized: str, result, err: bool) -> None:
    """`search --explain`: how the query was read (on stderr beside --json)."""
    # labels padded to one width (a CJK character takes two columns)
    click.echo(f"规范化：    {normalized}", err=err)
    click.echo(f"分词：      {' | '.join(result.segmentation) or '（无）'}", err=err)
    click.echo(f"扩展：      {'、'.join(result.expansions) or '（无）'}", err=err)
    click.echo(f"执行的查询：{result.explain}", err=err)
    if result.fallback:
        click.echo(f"退而求其次：{result.fallback}", err=err)
    click.echo("", err=err)


def _show_page(text: str, result) -> None:
    """A page of results as text: the counts and notes, each hit, then the facets."""
    tty = sys.stdout.isatty()
    more = f"，另有 {result.partial_total} 条部分匹配" if result.partial_total else ""
    click.echo(f"{result.total} 条结果{more}（第 {result.page}/{result.pages} 页，{result.took_ms:.0f} 毫秒）")
    if result.corrected:
        click.echo(f"没有找到“{text}”，已改为搜索：{result.suggest}")
    elif result.suggest:
        click.echo(f"您是不是要找：{result.suggest}")
    if result.expansions:
        click.echo(f"也搜索了：{'、'.join(result.expansions)}")
    if result.fallback:
        click.echo(result.fallback)
    shown_partial = False
    for n, hit in enumerate(result.hits, (result.page - 1) * result.per_page + 1):
        if hit.partial and not shown_partial:  # the hits after it hold only some of the words
            click.echo("\n—— 部分匹配 ——")
            shown_partial = True
        title = hit.title or hit.section
        click.echo(f"\n{n}. {click.style(title, bold=True) if tty else title}  [{hit.id}]")
        meta = [hit.issue.label, hit.section] + [x for x in (hit.source, hit.date) if x]
        click.echo("   " + " · ".join(meta))
        click.echo("   " + _colour(hit.snippet, tty))
        if hit.missing:
            click.echo(f"   缺少：{'、'.join(hit.missing)}")
    if result.total == 0 and result.segmentation:
        click.echo(f"分词：{' | '.join(result.segmentation)}")
    if result.partial_total and any(result.facets.values()):
        counted = "完整匹配" if result.facets_counts == "full" else "部分匹配"
        click.echo(f"\n（以下分面按{counted}计数）")
    for name, label in (("section", "栏目"), ("source", "来源"), ("year", "年份"), ("org", "机构")):
        values = result.facets.get(name, [])[:6]
        if values:
            click.echo(f"\n{label}：" + "  ".join(f"{v.value} ({v.count})" for v in values))


@main.command()
@click.argument("item_id")
@click.option("--json", "as_json", is_flag=True, help="JSON as one line of `parse --json`.")
@common
def show(item_id, as_json, corpus_dir, index_dir):
    """Show one item, whole."""
    archive = _archive(index_dir)
    try:
        item = archive.item(item_id)
    except NotFound as exc:
        raise click.ClickException(said(exc)) from None
    if as_json:
        click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        return
    click.echo(item.title or item.section)
    click.echo(" · ".join([item.issue.label, item.section] + [x for x in (item.source, item.date) if x]))
    if item.orgs:
        click.echo("机构：" + "、".join(item.orgs))
    click.echo(f"文件：{item.file}，第 {item.lines[0]}–{item.lines[1]} 行\n")
    click.echo(item.body)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=Whole(1, 65535))
@click.option("--workers", type=Whole(1, 64), default=None,
              help="Worker processes [default: the number of CPUs, at least 2].")
@click.option("--access-log", envvar="JIANBAO_ACCESS_LOG", default="-", show_default=True, metavar="PATH|-|off",
              help="Where each request is logged: - for stdout, a file (appended to), or off "
                   "[env JIANBAO_ACCESS_LOG].")
@instance_option
@common
def serve(host, port, workers, access_log, instance_dir, corpus_dir, index_dir):
    """Serve the search page on a production WSGI server (gunicorn)."""
    access_log = _access_log(access_log)
    from search.index.reindex import update_index
    from search.index.store import current_dir, is_current
    if not is_current(index_dir):
        what = "里还没有索引" if current_dir(index_dir) is None else "里的索引是旧版本建立的"
        click.echo(f"{index_dir} {what}：先从 {corpus_dir} 建立索引 …", err=True)
        try:
            report = update_index(corpus_dir, index_dir)
        except SearchError as exc:
            raise click.ClickException(said(exc)) from None
        click.echo(report.summary(), err=True)
    from webapp import create_app, serve as serve_app
    try:
        serve_app(create_app({"INDEX": str(index_dir), "CORPUS": str(corpus_dir), "INSTANCE": str(instance_dir)}),
                  host, port, workers, access_log=access_log)
    except OSError as exc:  # the port is taken, or the host is not this machine's
        why = _SOCKET_ERRORS.get(exc.errno, "无法使用这个地址")
        raise click.ClickException(f"无法在 {host}:{port} 上提供服务：{why}" + detail(exc.strerror or str(exc))) from None


_SOCKET_ERRORS = {errno.EADDRINUSE: "端口已被占用", errno.EADDRNOTAVAIL: "这台机器没有这个地址",
                  errno.EACCES: "没有权限（1024 以下的端口需要管理员权限）"}


def _access_log(value: str) -> str | None:
    """`-` (stdout) and `off` as they are; a file must be one this user can append to."""
    if value in ("-", ""):
        return "-"
    if value.lower() == "off":
        return None
    try:
        with open(value, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise UsageProblem(f"访问日志无法写入 {value}" + detail(exc.strerror or str(exc))) from None
    return value


@main.command()
@click.option("--json", "as_json", is_flag=True, help="JSON as in CONTRACT.md.")
@common
def stats(as_json, corpus_dir, index_dir):
    """What is indexed: files, issues, items per section, rejected files with reasons, when."""
    data = _archive(index_dir).stats()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"{data['issues']} 期，{data['items']} 条资讯；索引建于 {data['indexed_at']}")
    for name, count in data["sections"].items():
        click.echo(f"  {name}：{count}")
    click.echo(f"文件：收录 {len(data['files'])} 个，未收录 {len(data['rejected'])} 个")
    for row in data["files"]:
        click.echo(f"  {row['file']}：{row['items']} 条，{row['issue']}" + ("（推断）" if row.get("inferred") else ""))
    if data["rejected"]:
        click.echo("未收录（没有编入索引，各有原因）：")
    for row in data["rejected"]:
        click.echo(f"  {row['file']}：{row['reason']}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one figure a line (CONTRACT.md).")
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row (UTF-8 with BOM, for spreadsheets).")
@click.option("--indicator", help="Only figures whose indicator, breakdown or printed name contains TEXT.")
@click.option("--from", "date_from", help="Only periods ending on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "date_to", help="Only periods ending on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@common
def figures(as_json, as_csv, indicator, date_from, date_to, corpus_dir, index_dir):
    """The figures of every indexed 数据月报, as time series."""
    from search.figures import series
    from search.index.store import figures as stored_figures
    if as_json and as_csv:
        raise UsageProblem("--json 和 --csv 不能同时使用")
    try:
        records = stored_figures(index_dir, indicator, date_from, date_to)
    except QueryError as exc:
        raise UsageProblem(said(exc)) from None
    except (IndexMissing, IndexStale) as exc:
        raise click.ClickException(said(exc)) from None
    if as_json:
        for rec in records:
            click.echo(json.dumps(rec, ensure_ascii=False))
        return
    if as_csv:
        click.echo(series.to_csv(records), nl=False)
        return
    groups = series.group(records)
    if not groups:
        click.echo("没有符合条件的数据" if (indicator or date_from or date_to) else "索引中没有数据月报的数据")
        return
    for n, one in enumerate(groups):
        if n:
            click.echo("")
        click.echo(one.label)
        click.echo("  期间" + " " * 22 + "数值" + " " * 6 + "同比" + " " * 6 + "占比  出处")  # a CJK character is two columns
        for rec in one.records:
            yoy = "" if rec["yoy_pct"] is None else f"{rec['yoy_pct']:+.2f}%"
            share = "" if rec["share_pct"] is None else f"{rec['share_pct']:.2f}%"
            value = "—" if rec["value"] is None else f"{rec['value']:,.2f}"
            note = "推算" if rec["derived"] else f"{rec['issue'] or ''} 原文"
            click.echo(f"  {rec['period']:<15}  {value:>13}  {yoy:>8}  {share:>8}  {note}")
    click.echo(f"\n{len(records)} 个数据，{len(groups)} 个序列（推算：两期累计数之差）")


main.add_command(user)
