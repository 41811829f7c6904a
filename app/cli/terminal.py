"""Talking to a terminal: safe text streams and a progress line on standard error."""

import io
import sys
import time
from typing import TextIO

from app.core.progress import ProgressUpdate

_TTY_INTERVAL = 0.25
_LOG_INTERVAL = 5.0
_QUIET_START = 1.0


def make_streams_safe() -> None:
    """Never crash on a character the console cannot show (Windows code pages)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def describe_time(seconds: float) -> str:
    """A rough, friendly duration ("about 3 minutes")."""
    if seconds < 60:
        return "less than a minute"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"about {minutes} minute{'s' if minutes != 1 else ''}"
    return f"about {seconds / 3600:.1f} hours"


class TerminalProgress:
    """Shows progress on standard error, but only once a run has lasted a second.

    On a terminal one line is redrawn in place; otherwise (a log file) a line is written
    every few seconds.
    """

    def __init__(self, stream: TextIO | None = None, noun: str = "files") -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._noun = noun
        self._interactive = self._stream.isatty()
        self._last_shown = float("-inf")
        self._shown_any = False

    def __call__(self, update: ProgressUpdate) -> None:
        """Receive a progress update (the ``Progress`` protocol)."""
        now = time.monotonic()
        interval = _TTY_INTERVAL if self._interactive else _LOG_INTERVAL
        finished = update.total is not None and update.done >= update.total
        if update.elapsed < _QUIET_START or (now - self._last_shown < interval and not finished):
            return
        self._last_shown = now
        self._write(self._line(update))

    def _line(self, update: ProgressUpdate) -> str:
        done = int(update.done)
        if update.total is None:
            return f"{done} {self._noun} done"
        line = f"{done} of {int(update.total)} {self._noun} done"
        left = update.seconds_left()
        if left is not None and done < update.total:
            line += f", {describe_time(left)} left"
        return line

    def _write(self, line: str) -> None:
        if self._interactive:
            self._stream.write("\r\x1b[K" + line)
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
        self._shown_any = True

    def close(self) -> None:
        """End the progress line so later output starts on a fresh line."""
        if self._interactive and self._shown_any:
            self._stream.write("\n")
            self._stream.flush()
        # The next update starts a new line of its own (output may come in between).
        self._shown_any = False
