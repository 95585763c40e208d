"""`python -m jianbao` runs the same program as the `jianbao` console script."""
from jianbao.cli import main

main()
