"""Parsing: briefing files -> typed blocks (one reader per format) -> structure -> `Issue` and `Item`.

`parser.parse_files` is the entry point; `check` reports what was understood.
"""
