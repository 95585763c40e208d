"""Domain exceptions: raised by the library, translated into messages at the edges (CLI, web)."""


class SearchError(Exception):
    """Base of every error jianbao raises on purpose."""


class CorpusError(SearchError):
    """A briefing file could not be used; names the file and the reason.

    `code` names the kind of problem where an edge words it in its own language (the desk):
    `empty`, `old_word`, `office_other`, `zip_other`, `web_page`, `binary` (a type the archive
    cannot read), `zip_bomb`, `pdf_bomb`, `too_many_pages` (with `limit`), `ofd_bomb`, `ofd_too_many_pages`, `ofd_too_many_objects`, `not_a_briefing`;
    None for the others, whose `reason` is shown as it is.
    """

    def __init__(self, file: str, reason: str, *, code: str | None = None, limit=None):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.code = code
        self.limit = limit


class IndexMissing(SearchError):
    """No index where one was expected."""

    def __init__(self, index_dir):
        super().__init__(f"no index in {index_dir}: run `jianbao index` first")
        self.index_dir = index_dir


class IndexStale(SearchError):
    """An index built by another version of the analyzer or schema: it must be rebuilt."""

    def __init__(self, index_dir):
        super().__init__(f"the index in {index_dir} was built by another version of jianbao: "
                         "run `jianbao index` to rebuild it")
        self.index_dir = index_dir


class IndexBusy(SearchError):
    """Another indexer holds the lock; `pid` is its process id where the lock file names one."""

    def __init__(self, index_dir, pid: int | None = None):
        holder = f" (process {pid})" if pid else ""
        super().__init__(f"another `jianbao index`{holder} is already updating {index_dir}; "
                         "try again when it has finished")
        self.index_dir = index_dir
        self.pid = pid


class QueryError(SearchError):
    """The user's query or filters cannot be used.

    Carries data, not only prose: `code` names the kind of problem (`bad_date`, `unbalanced_quote`
    …), `param` the parameter at fault (`q`, `from`, `page` …), `value` what was given, `hint` how
    to write it, and `limit` any bound that was passed. The message is the English text the CLI
    prints; the web words its own from the fields (webapp/errors.py) and never parses the message.
    """

    def __init__(self, message: str, *, code: str = "bad_query", param: str | None = None,
                 value=None, hint: str | None = None, limit=None):
        super().__init__(message)
        self.code = code
        self.param = param
        self.value = value
        self.hint = hint
        self.limit = limit

    def to_dict(self) -> dict:
        """The fields, for a JSON error body: only those that are set."""
        data = {"code": self.code, "param": self.param, "value": self.value, "hint": self.hint,
                "limit": self.limit}
        return {k: v for k, v in data.items() if v is not None}


class NotFound(SearchError):
    """Nothing of that `kind` (`item`, `issue`, `file`) with that `key`; `hint` says how keys look."""

    def __init__(self, kind: str, key, hint: str | None = None):
        super().__init__(f"no {kind} {key!r} in the archive" + (f" ({hint})" if hint else ""))
        self.kind = kind
        self.key = key
        self.hint = hint


class AccountError(SearchError):
    """An account of the desk cannot be made, changed or used: `code` is `bad_name`, `exists`,
    `no_such_account`, `short_password`, `long_password` (with `limit`) or `unreadable`; `name`
    the account concerned (the file, for `unreadable`). Worded for users in search/wording.py."""

    def __init__(self, message: str, *, code: str, name: str | None = None, limit=None):
        super().__init__(message)
        self.code = code
        self.name = name
        self.limit = limit


class PublishError(SearchError):
    """A file cannot be published, withdrawn or restored: `code` is `exists` (a file of that name
    is in the corpus), `not_in_corpus`, `not_withdrawn`, `rejected` (the indexer refused it;
    `reason` says why) or `busy` (the index lock stayed taken); `file` the file concerned."""

    def __init__(self, message: str, *, code: str, file: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.code = code
        self.file = file
        self.reason = reason
