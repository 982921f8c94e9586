"""Waiting in tests on a machine of unknown load (CI runs ``make test`` beside other jobs).

A test that needs something to have happened (a child's first output line, a file, a
thread gone) waits for that event, up to a deadline generous enough for a machine
loaded 20 times over, instead of sleeping a fixed time that assumes an idle one; it
fails, naming the event, when the deadline passes, so it can still fail.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator

#: How long a child process (a whole ``geo`` run, a cluster starting) may take.
CHILD_TIMEOUT_S = 900
#: How long to wait for one event of a running child or thread.
EVENT_TIMEOUT_S = 600


def wait_for(ready: Callable[[], object], what: str, *, timeout_s: float = EVENT_TIMEOUT_S,
             proc: subprocess.Popen | None = None, poll_s: float = 0.05) -> object:
    """Poll ``ready()`` until it returns something true, and return that; fail naming
    ``what`` after ``timeout_s``, or at once when ``proc`` ended first (its exit status
    and standard error said)."""
    deadline = time.monotonic() + timeout_s
    while True:
        got = ready()
        if got:
            return got
        if proc is not None and proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"the process ended ({proc.returncode}) before {what}: {err}")
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout_s:g} s for {what}")
        time.sleep(poll_s)


def lines_written(path, at_least: int = 1) -> Callable[[], bool]:
    """A check that ``path`` holds ``at_least`` complete lines."""

    def check() -> bool:
        try:
            with open(path, "rb") as f:
                return f.read().count(b"\n") >= at_least
        except (FileNotFoundError, IsADirectoryError):
            return False

    return check


@contextlib.contextmanager
def running(argv: list[str], **kwargs) -> Iterator[subprocess.Popen]:
    """A child process (``subprocess.Popen(argv, **kwargs)``) that is killed, with its own
    process group when it has one (``start_new_session=True``: its workers too), and
    reaped, its pipes closed, however the test ends: a failing test leaves no process
    running and no open pipe for a later test's garbage collection to warn about."""
    proc = subprocess.Popen(argv, **kwargs)
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            if kwargs.get("start_new_session"):
                os.killpg(proc.pid, signal.SIGKILL)
            elif proc.poll() is None:
                proc.kill()
        proc.__exit__(None, None, None)  # closes its pipes and waits for it
