"""Headless Chromium, driven by its command line: find it, and capture a page with it.

Debian's ``chromium-headless-shell`` package first, else its ``chromium``
(``$GEO_CHROMIUM`` names another binary). The browser runs with background
networking, updates, sync and first-run tasks off, and unless asked for, with a
host resolver that maps every name to nothing: an offline page cannot load
anything remote. What a capture writes (a screenshot, a printed PDF) is chosen by
its flags.

Offline means no socket but loopback. The headless shell (the rendering engine
without the browser around it) opens none. The full browser, even with these
flags, starts services of its own: the network time query and the component
updater's check are stopped by flags (``--disable-features=
NetworkTimeServiceQuerying``, ``--component-updater=url-source=data:,``), but its
profile's Google account list (``accounts.google.com/ListAccounts``, sent by every
regular profile once its network is up) has no switch; that request dies at the
host resolver rules, after Chromium's IPv6 reachability check has connected a UDP
socket to a public address (``2001:4860:4860::8888``: a connect sends no datagram,
but it is a socket that is not loopback). Hence the headless shell is preferred.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..errors import RenderError
from .output import atomic_write

__all__ = ["CHROMIUM_NAMES", "capture", "chromium_command", "find_chromium", "install_hint"]

log = logging.getLogger(__name__)

#: Executable names tried, in order, after ``$GEO_CHROMIUM``.
#: The headless shell first: it opens no socket (see above).
CHROMIUM_NAMES: tuple[str, ...] = (
    "chromium-headless-shell",
    "headless_shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
)
_TIMEOUT_S = 90.0
_INSTALL_CHROMIUM = "install Chromium (Debian/Ubuntu: apt-get install chromium)"


def install_hint() -> str:
    """What to do when :func:`find_chromium` finds nothing: correct ``$GEO_CHROMIUM``
    when it is set (it is then the only name tried), else install Chromium."""
    env = os.environ.get("GEO_CHROMIUM")
    if env:
        return f"$GEO_CHROMIUM names no executable ({env!r}): correct or unset it"
    return _INSTALL_CHROMIUM


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome executable: ``$GEO_CHROMIUM`` or the first on ``PATH``."""
    env = os.environ.get("GEO_CHROMIUM")
    if env:
        found = shutil.which(env)
        return found
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(
    binary: str,
    url: str,
    user_data_dir: str | os.PathLike[str],
    *extra: str,
    network: bool = False,
    budget_ms: int = 500,
) -> list[str]:
    """The headless Chromium command line used for every export.

    Background networking, component updates (and their checks), the network
    time query, sync and first-run tasks are off; unless ``network`` the host
    resolver maps every name to nothing, so the page cannot load anything remote.
    The page gets ``budget_ms`` of virtual time to run its scripts before the
    capture.
    """
    cmd = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--component-updater=url-source=data:,",  # no update check is sent at all
        "--disable-features=NetworkTimeServiceQuerying",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--mute-audio",
        f"--user-data-dir={user_data_dir}",
        f"--virtual-time-budget={int(budget_ms)}",
    ]
    if not network:
        cmd.append("--host-resolver-rules=MAP * ~NOTFOUND")
    return [*cmd, *extra, url]


def _page_url(html_file: Path) -> str:
    return html_file.resolve().as_uri() + "#geo-static"


def capture(
    binary: str,
    page: Path,
    target: str | os.PathLike[str],
    flags: Sequence[str],
    *,
    scratch: Path,
    window: tuple[int, int],
    network: bool,
    suffix: str | None = None,
) -> Path:
    """Open the HTML file ``page`` in Chromium and write what it captures to ``target``.

    Parameters
    ----------
    binary : str
        The browser (:func:`find_chromium`).
    page : Path
        An HTML file, opened in its static mode (``#geo-static``: controls hidden).
    target : str or path-like
        Written atomically; its suffix names the capture file.
    flags : sequence of str
        Capture flags, ``{out}`` standing for the capture file.
    scratch : Path
        A directory for the browser profile and the capture.
    window : (int, int)
        Window width and height, pixels.
    network : bool
        Let the page load remote resources.
    suffix : str, optional
        The capture's format (``".png"``, ``".pdf"``); by default the suffix of
        ``target``, which a device or a pipe (``/dev/stdout``) does not have.

    Raises
    ------
    geo.errors.RenderError
        Chromium failed, timed out or wrote nothing.
    """
    target = Path(target)
    suffix = suffix or target.suffix
    out = scratch / ("capture" + suffix)
    cmd = chromium_command(
        binary,
        _page_url(page),
        scratch / "profile",
        f"--window-size={window[0]},{window[1]}",
        *(f.format(out=out) for f in flags),
        network=network,
    )
    log.debug("running %s", " ".join(cmd))
    returncode, stderr = _run_group(cmd, binary)
    if not out.is_file() or out.stat().st_size == 0:
        why = _last_words(stderr) or f"exit status {returncode}"
        raise RenderError(f"Chromium wrote no {suffix or 'output'} file ({why})")
    return atomic_write(target, out.read_bytes())


def _run_group(cmd: Sequence[str], binary: str) -> tuple[int, str]:
    """Run ``cmd`` in a process group of its own: (exit status, standard error).

    A distribution's ``chromium`` is often a shell script that starts the browser
    without ``exec``, and the browser forks its own helpers: on a timeout, an error or
    an interrupt (Ctrl-C, SIGTERM) the whole group is killed, not only the script, so
    no browser outlives the command.

    Raises
    ------
    geo.errors.RenderError
        It did not finish within the time limit, or could not be started.
    """
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, start_new_session=True,
        )
    except OSError as err:
        raise RenderError(f"cannot run {binary}: {err.strerror}") from None
    try:
        _, stderr = proc.communicate(timeout=_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise RenderError(f"Chromium did not finish within {_TIMEOUT_S:g} s") from None
    except BaseException:
        _kill_group(proc)
        raise
    _kill_group(proc)  # helpers the browser left behind
    return proc.returncode, stderr or ""


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill every process of ``proc``'s group (its own session) and reap ``proc``."""
    with contextlib.suppress(ProcessLookupError, PermissionError):  # the group has ended
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


# Chromium's log lines: "[pid:tid:date:LEVEL:file.cc(line)] message".
_LOG_PREFIX = re.compile(r"^\[[^\]]*\]\s*")


def _last_words(stderr: str, limit: int = 300) -> str:
    """What Chromium's error output says, in one short line: its last two messages
    without their log prefixes, leaving out the D-Bus complaints every headless
    start logs (no session bus in a container or a service)."""
    said = [_LOG_PREFIX.sub("", line).strip() for line in stderr.splitlines()
            if "dbus" not in line.lower()]
    said = [line for line in said if line]
    text = " ".join(said[-2:])
    return text if len(text) <= limit else text[: limit - 3] + "..."
