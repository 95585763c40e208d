"""`python -m search` runs the same program as the `jianbao` console script."""
from search.cli import main

main()
