"""PNG and PDF export open no socket but loopback (system calls traced with strace).

Headless Chromium is run as the exports run it (geo.render.chromium), under
``strace -f``, through ``$GEO_CHROMIUM`` pointing at a wrapper: every ``connect``,
``sendto`` and ``sendmsg`` of every process is read back, and any address that is
not loopback (IPv4 or IPv6) fails the test, naming it. A UDP ``connect`` sends no
datagram but counts: it is how Chromium probes for IPv6.

The exports prefer Debian's ``chromium-headless-shell``, which opens none; the full
browser still sends its profile's account-list request, which no switch stops (see
:mod:`geo.render.chromium`): the test is skipped, saying so, when only it is installed.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil

import pytest

from geo.render import export_pdf, export_png, find_chromium

from .test_render import sample_analysis

STRACE = shutil.which("strace")
BROWSER = find_chromium()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BROWSER is None, reason="headless Chromium is not installed"),
    pytest.mark.skipif(STRACE is None, reason="strace is not installed (apt-get install strace)"),
]

# inet_pton(AF_INET6, "2001:4860:4860::8888", ...) / sin_addr=inet_addr("8.8.8.8")
_ADDRESS = re.compile(r'inet_(?:pton\(AF_INET6?, |addr\()"(?P<ip>[^"]+)"')


def non_loopback(trace: str) -> list[str]:
    """The lines of an strace log that reach an IP address other than loopback.

    >>> non_loopback('9 connect(3, {sa_family=AF_INET, sin_port=htons(9), '
    ...              'sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED')
    []
    >>> len(non_loopback('9 connect(18, {sa_family=AF_INET6, sin6_port=htons(443), '
    ...                  'inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr)}, 28) = 0'))
    1
    """
    out = []
    for line in trace.splitlines():
        for m in _ADDRESS.finditer(line):
            ip = ipaddress.ip_address(m["ip"])
            mapped = getattr(ip, "ipv4_mapped", None)
            if not (ip.is_loopback or ip.is_unspecified or (mapped and mapped.is_loopback)):
                out.append(line.strip())
    return out


@pytest.fixture
def traced(tmp_path, monkeypatch):
    """``$GEO_CHROMIUM`` set to a wrapper that runs the browser under strace; yields
    the log's path."""
    log = tmp_path / "trace.txt"
    wrapper = tmp_path / "traced-chromium"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'exec "{STRACE}" -f -qq -e trace=connect,sendto,sendmsg -o "{log}" "{BROWSER}" "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    monkeypatch.setenv("GEO_CHROMIUM", str(wrapper))
    return log


def test_png_and_pdf_export_open_no_socket_but_loopback(traced, tmp_path, mini_gazetteer):
    if "headless" not in os.path.basename(BROWSER):
        pytest.skip("only the headless shell is kept off the network: the full browser's "
                    "account list has no switch (apt-get install chromium-headless-shell)")
    png = export_png(sample_analysis(), tmp_path / "map.png", width=600, height=400,
                     gazetteer=mini_gazetteer, engine="chromium")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    trace = traced.read_text(encoding="utf-8", errors="replace")
    assert "connect(" in trace or "sendmsg(" in trace  # strace did see the browser
    assert non_loopback(trace) == [], f"{os.path.basename(BROWSER)} reached the network"
    pdf = export_pdf(sample_analysis(), tmp_path / "map.pdf", gazetteer=mini_gazetteer,
                     engine="chromium")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert non_loopback(traced.read_text(encoding="utf-8", errors="replace")) == []
