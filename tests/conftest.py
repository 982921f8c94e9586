"""Shared fixtures: a tiny gazetteer built from fixtures, the real one, no network."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# Regions and countries in the mini gazetteer, picked from the real admin-1 file.
MINI_REGIONS = {"UA.21", "UA.12", "UA.13", "UA.05", "UA.11", "RU.41", "RU.48", "US.TX", "TR.34"}


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Tests never reach the network: any connection attempt fails loudly."""

    def refuse(*args, **kwargs):
        raise RuntimeError("tests must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session", autouse=True)
def _ctrl_c_acted_on():
    """Tests of Ctrl-C need it acted on, as a terminal's is: a test run started with
    SIGINT ignored (a background job of a non-interactive shell, nohup, a CI runner)
    would pass the ignoring on to every child ``geo``, which then rightly ignores it
    (the background-job case), and the tests would fail whatever the code does."""
    import signal

    before = signal.getsignal(signal.SIGINT)
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if before is signal.SIG_IGN:
        signal.signal(signal.SIGINT, before)


@pytest.fixture
def spawn():
    """``spawn(argv, **popen_options)`` starts a child process that is killed (with its
    process group when it has its own) and reaped when the test ends, pass or fail
    (:func:`tests.waiting.running`)."""
    import contextlib

    from .waiting import running

    with contextlib.ExitStack() as stack:
        yield lambda argv, **options: stack.enter_context(running(argv, **options))


@pytest.fixture
def loopback(monkeypatch):
    """Connections on this machine are allowed (a local Dask cluster, a test server);
    anything else still fails loudly."""
    import _socket

    def loopback_only(sock, address, *args):
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "localhost", "::1") and sock.family != socket.AF_UNIX:
            raise RuntimeError("tests must not use the network")
        return _socket.socket.connect(sock, address, *args)

    def refuse(*args, **kwargs):
        raise RuntimeError("tests must not use the network")

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    monkeypatch.setattr(socket, "create_connection", refuse)


def mini_sources() -> dict:
    from geo.gazetteer.build import default_sources

    cities = json.loads((FIXTURES / "mini_cities.json").read_text(encoding="utf-8"))["cities"]
    paths = default_sources()
    admin1 = json.loads(paths["admin1"].read_text(encoding="utf-8"))
    admin1 = {
        "type": "FeatureCollection",
        "features": [f for f in admin1["features"] if f["properties"]["gn_a1"] in MINI_REGIONS],
    }
    countries = json.loads(paths["countries"].read_text(encoding="utf-8"))
    countries = {k: v for k, v in countries.items() if k in ("UA", "RU", "US", "TR", "MX")}
    aliases = json.loads(paths["aliases"].read_text(encoding="utf-8"))
    aliases = {k: v for k, v in aliases.items() if k in countries}
    return {"cities": cities, "countries": countries, "admin1": admin1, "aliases": aliases}


@pytest.fixture(scope="session")
def mini_index_path(tmp_path_factory) -> Path:
    from geo.gazetteer.build import build_index

    out = tmp_path_factory.mktemp("mini") / "index"
    return build_index(out, **mini_sources(), fingerprint="mini")


@pytest.fixture(scope="session")
def mini_gazetteer(mini_index_path):
    from geo.gazetteer.index import Gazetteer

    return Gazetteer.open(mini_index_path)


@pytest.fixture(scope="session")
def gazetteer():
    """The real index (built once per source version into the user cache)."""
    from geo.gazetteer.index import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is absent")
    return path
