"""A Chromium that does not finish is killed with every process it started: a
distribution's ``chromium`` is a shell script that starts the browser without ``exec``,
and the browser forks helpers; killing the script alone left them running."""

import os
import time

import pytest

from geo.errors import RenderError
from geo.render import chromium


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (killed, not yet reaped by init) counts as gone
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0] != "Z"


def test_a_timeout_kills_the_browser_the_script_started(tmp_path, monkeypatch):
    helper = tmp_path / "helper.pid"
    script = tmp_path / "chromium"
    # a wrapper without exec: the "browser" (sleep) is its child, and forks a helper
    script.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {helper}\nsleep 300\n")
    script.chmod(0o755)
    page = tmp_path / "map.html"
    page.write_text("<html></html>")
    monkeypatch.setattr(chromium, "_TIMEOUT_S", 1.0)
    with pytest.raises(RenderError, match="did not finish"):
        chromium.capture(str(script), page, tmp_path / "map.png", ["--screenshot={out}"],
                         scratch=tmp_path, window=(800, 600), network=False)
    pid = int(helper.read_text())
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)
    assert not (tmp_path / "map.png").exists()
