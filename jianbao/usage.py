"""The command line's own words for wrong usage, in the users' language (Chinese), as the rest of its
output: click's checks (an unknown option, a value out of range, a missing argument) are worded here
from what click knows of the parameter, never from its English messages. With `--verbose`, the
English detail follows.
"""
from __future__ import annotations

import sys

import click
from click.exceptions import BadOptionUsage, BadParameter, MissingParameter, NoSuchOption


def verbose(ctx: click.Context | None = None) -> bool:
    """Whether this run asked for --verbose (its callback marks the contexts' shared `meta`)."""
    ctx = ctx or click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get("jianbao.verbose"))


def detail(english: str, ctx: click.Context | None = None) -> str:
    """The English original, on a line of its own, for --verbose."""
    return f"\n（详情：{english}）" if english and verbose(ctx) else ""


class Whole(click.ParamType):
    """A whole number from `low` (to `high`), refused in Chinese."""

    name = "integer"

    def __init__(self, low: int, high: int | None = None):
        self.low, self.high = low, high

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                self.fail(f"必须是整数，收到的是“{value}”", param, ctx)
        if number < self.low or (self.high is not None and number > self.high):
            span = f"在 {self.low} 到 {self.high} 之间" if self.high is not None else f"不小于 {self.low}"
            self.fail(f"必须{span}，收到的是 {number}", param, ctx)
        return number

    def get_metavar(self, param, ctx=None):
        return f"{self.low}-{self.high}" if self.high is not None else f"{self.low}+"


class OneOf(click.Choice):
    """One of `choices`, refused in Chinese."""

    def convert(self, value, param, ctx):
        if value in self.choices:
            return value
        self.fail(f"只能是 {' 或 '.join(self.choices)}，收到的是“{value}”", param, ctx)


def _name(param, ctx) -> str:
    if param is None:
        return "参数"
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return param.human_readable_name


def in_chinese(exc: click.UsageError, flags: frozenset[str] = frozenset()) -> str:
    """A click usage error as users are told it; `flags` are the options that take no value."""
    ctx = exc.ctx
    if isinstance(exc, NoSuchOption):
        maybe = sorted(exc.possibilities or [])
        return f"没有 {exc.option_name} 这个选项" + (f"（是不是 {'、'.join(maybe)}？）" if maybe else "")
    if isinstance(exc, BadOptionUsage):
        if exc.option_name in flags:
            return f"{exc.option_name} 是开关，不接受值"
        return f"{exc.option_name} 后面要跟一个值"
    if isinstance(exc, MissingParameter):
        return f"缺少 {_name(exc.param, ctx)}"
    if isinstance(exc, BadParameter):
        if isinstance(exc.param.type if exc.param else None, (Whole, OneOf)):  # worded by the type
            return f"{_name(exc.param, ctx)} {exc.message}"
        return f"{_name(exc.param, ctx)} 的值不能用"
    return "命令行用法不对：有多余的参数（--verbose 显示是哪些）"  # click says no more than that


class Said(click.UsageError):
    """Wrong usage, raised already in the users' words."""


class Group(click.Group):
    """The CLI's group: wrong usage, and any other failure click reports, said in Chinese."""

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise Said(f"没有 {name} 这个命令（有：{'、'.join(self.list_commands(ctx))}）", ctx)
        return super().resolve_command(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            flags = frozenset(opt for command in self.commands.values() for p in command.params
                              if getattr(p, "is_flag", False) for opt in p.opts)
            _usage(exc, flags)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"错误：{exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("已中止。", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def _usage(exc: click.UsageError, flags: frozenset[str]) -> None:
    ctx = exc.ctx
    message = exc.message if isinstance(exc, Said) else in_chinese(exc, flags)
    if ctx is not None:
        click.echo(f"用法：{ctx.get_usage().removeprefix('Usage: ')}", err=True)
        click.echo(f"运行 {ctx.command_path} -h 查看帮助。\n", err=True)
    click.echo(f"错误：{message}{'' if isinstance(exc, Said) else detail(exc.format_message(), ctx)}", err=True)
