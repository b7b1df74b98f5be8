"""Run the command line: ``python -m selfassess``."""

import sys

from selfassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
