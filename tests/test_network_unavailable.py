"""No network is the user's environment: --fetch and `geo index add --download` both
exit 2 with one line (README's exit statuses), never 3 ("a failure of the tool").
The sockets are monkeypatched to fail as an offline machine's do: no real network."""

from __future__ import annotations

import errno
import socket
from types import MappingProxyType

import pytest

from geo import cli
from geo.errors import GazetteerError, InputError, NetworkError
from geo.gazetteer.dumps import DownloadError, download_dump


def _unreachable(*args, **kwargs):
    raise OSError(errno.ENETUNREACH, "Network is unreachable")


def _no_dns(*args, **kwargs):
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def _refused(*args, **kwargs):
    raise ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")


OFFLINE = {"unreachable": ("create_connection", _unreachable),
           "no dns": ("getaddrinfo", _no_dns),
           "refused": ("create_connection", _refused)}


@pytest.fixture(params=sorted(OFFLINE))
def offline(request, monkeypatch):
    name, fail = OFFLINE[request.param]
    monkeypatch.setattr(socket, name, fail)
    if name == "getaddrinfo":  # resolution fails first, as on a machine with no network
        monkeypatch.setattr(socket, "create_connection", _real_create_connection_fails)
    return request.param


def _real_create_connection_fails(address, *args, **kwargs):
    socket.getaddrinfo(address[0], address[1])  # raises: the patched resolver
    raise AssertionError("unreachable")


def test_fetch_without_network_exits_2(offline, capsys):
    assert cli.main(["parse", "--fetch", "https://example.org/news/a.html"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: cannot fetch https://example")


def test_download_without_network_exits_2(offline, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    assert cli.main(["index", "add", "--download", "UA", "--timeout", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: cannot download https://")
    assert not list((tmp_path / "dumps" / "downloads").iterdir())  # nothing half-written


def test_the_errors_are_network_errors_and_keep_their_old_classes(offline, tmp_path):
    from geo.sources import fetch_article

    with pytest.raises(NetworkError) as fetched:
        fetch_article("http://example.org/a", timeout_s=5)
    assert isinstance(fetched.value, InputError)
    with pytest.raises(DownloadError) as downloaded:
        download_dump("RU", cache=tmp_path, progress=False, timeout=5)
    assert isinstance(downloaded.value, NetworkError | GazetteerError)
    assert isinstance(downloaded.value, GazetteerError)  # as documented before


def test_an_answer_that_is_not_the_dump_exits_2_too(tmp_path, capsys, monkeypatch):
    """A captive portal's page instead of the zip: the network, not the tool."""
    import io

    class Page(io.BytesIO):
        headers = MappingProxyType({})

    monkeypatch.setattr("urllib.request.urlopen", lambda url, timeout: Page(b"<html>login"))
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    assert cli.main(["index", "add", "--download", "UA"]) == 2
    assert "did not return a zip file" in capsys.readouterr().err


def test_network_error_is_part_of_the_package_api():
    import geo

    assert geo.NetworkError is NetworkError
    assert "NetworkError" in geo.__all__
    assert issubclass(geo.NetworkError, geo.InputError)
