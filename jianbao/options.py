"""What every `jianbao` command shares: the common options, the usage error and how a library error is
said. Below cli.py and users.py, so neither imports the other's module."""
from __future__ import annotations

import click

from jianbao.usage import detail
from search import wording
from search.errors import SearchError


class UsageProblem(click.ClickException):
    """Wrong usage found after click's own checks (a bad query or filter): exit status 2."""

    exit_code = 2


def _verbose(ctx, param, value):
    """--verbose lets the PDF library's own warnings through (silenced by default), and adds the
    library's English detail to an error."""
    if value:
        ctx.meta["jianbao.verbose"] = True
        import logging
        logging.basicConfig(level=logging.WARNING)
        logging.getLogger("pdfminer").setLevel(logging.WARNING)
    return value


def common(f):
    """--corpus, --index and --verbose on every subcommand, after the subcommand."""
    f = click.option("--verbose", is_flag=True, expose_value=False, callback=_verbose, is_eager=True,
                     help="Also show the PDF library's warnings, and errors' English detail.")(f)
    f = click.option("--index", "index_dir", envvar="JIANBAO_INDEX", default="index", show_default=True,
                     metavar="DIRECTORY", help="The index directory [env JIANBAO_INDEX].")(f)
    f = click.option("--corpus", "corpus_dir", envvar="JIANBAO_CORPUS", default="corpus", show_default=True,
                     metavar="DIRECTORY", help="The corpus directory [env JIANBAO_CORPUS].")(f)
    return f


def instance_option(f):
    return click.option("--instance", "instance_dir", envvar="JIANBAO_INSTANCE", default="instance",
                        show_default=True, type=click.Path(file_okay=False),
                        help="The desk's private folder: accounts, audit log, session key [env JIANBAO_INSTANCE].")(f)


def said(exc: SearchError) -> str:
    """A library error as users are told it (the English original after it with --verbose)."""
    return wording.say(exc, wording.as_option) + detail(str(exc))
