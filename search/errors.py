"""Domain exceptions: raised by the library, translated into messages at the edges (CLI, web)."""


class SearchError(Exception):
    """Base of every error jianbao raises on purpose."""


class CorpusError(SearchError):
    """A briefing file could not be used; names the file and the reason."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


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
    """Another indexer holds the lock."""


class QueryError(SearchError):
    """The user's query or filters cannot be used; the message says why."""


class NotFound(SearchError):
    """No item with that id."""
