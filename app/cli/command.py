"""What every subcommand module provides, and the exit codes they return."""

import argparse
from collections.abc import Callable
from typing import TypeAlias

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: A subcommand's entry point: parsed arguments in, exit code out.
Handler = Callable[[argparse.Namespace], int]
#: The object ``add_subparsers`` returns, which subcommand modules register with.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def positive_int(text: str) -> int:
    """A count of at least 1 (``--workers 0`` is a mistake, not "as many as you like")."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value
