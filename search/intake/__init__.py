"""What arrives through the desk, before it reaches the corpus: a file's type judged by its content
(sniff.py), its name made safe (names.py), uploads waiting for publication (staging.py), and what
the parser understands of one, read in a process of its own with limits on time and memory
(preview.py, worker.py).

Beside parse (it calls the parser, in a child process); below the web, which reaches it through
`search`'s public names. Publishing itself is the index's job: search/index/publish.py.
"""
