"""The reading side: the query language, its compiler and expansions, and the `Archive` over an index."""
