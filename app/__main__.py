"""Entry point: ``python -m app`` and the ``stillmine`` console script.

Without a subcommand StillMine opens its window; with one (``stillmine fingerprint ...``) it
runs headless. Importing this module has no side effects, because worker processes started
with the "spawn" method import the main module again.
"""

import multiprocessing
import sys


def main() -> int:
    """Run StillMine with the command-line arguments and return the exit code."""
    # Frozen builds re-launch this executable for every worker process; this call turns
    # such a launch into a worker instead of a second copy of the app.
    multiprocessing.freeze_support()
    from app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
