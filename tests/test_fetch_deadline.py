"""--fetch against a local HTTP server on the loopback interface (no other network):
the timeout is a total deadline, and a compressed reply is unpacked with a cap."""

from __future__ import annotations

import gzip
import http.server
import ipaddress
import socket
import threading
import time
import zlib

import pytest

from geo import cli
from geo.errors import InputError
from geo.sources import MAX_BYTES, fetch_article, unpacked

from .waiting import wait_for

PAGE = (b"<html><head><title>Strike</title></head><body><article><p>Russian drones struck "
        b"Kharkiv on Friday, the governor said. Three people were hurt.</p></article>"
        b"</body></html>")
_CONNECT = socket.socket.connect  # the real ones, before conftest's _no_network


def _loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch, _no_network):
    """Connections to 127.0.0.1 only; anything else still fails loudly."""
    refuse = socket.socket.connect

    def connect(sock, address):
        if not _loopback(address):
            return refuse(sock, address)
        return _CONNECT(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", _create_connection)


def _create_connection(address, timeout=None, source_address=None, **kwargs):
    if not _loopback(address):
        raise RuntimeError("tests must not use the network")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if timeout is not None:
        sock.settimeout(timeout)
    sock.connect(address)
    return sock


#: A trickle of one byte every 0.25 s: 120 s in all, far past any deadline of the tests.
_TRICKLE = 480
BOMB = gzip.compress(b"<p>" + b"A" * (MAX_BYTES + 10) + b"</p>", compresslevel=1)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, body: bytes, encoding: str | None = None, length: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        try:
            if path == "/slow":  # one byte a second: each read is quick, the whole is not
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(_TRICKLE):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.25)
            elif path == "/slow-headers":  # the status line never completes
                for _ in range(_TRICKLE):
                    self.wfile.write(b"H")
                    self.wfile.flush()
                    time.sleep(0.25)
            elif path == "/bomb":
                self._send(BOMB, "gzip")
            elif path == "/bomb-unannounced":
                self._send(BOMB)
            elif path == "/gzip":
                self._send(gzip.compress(PAGE), "gzip")
            elif path == "/deflate":
                self._send(zlib.compress(PAGE), "deflate")
            elif path == "/raw-deflate":
                c = zlib.compressobj(wbits=-15)
                self._send(c.compress(PAGE) + c.flush(), "deflate")
            elif path == "/corrupt":
                self._send(b"\x1f\x8b\x08" + b"\x00" * 40, "gzip")
            elif path == "/zstd":
                self._send(b"\x28\xb5\x2f\xfd" + PAGE, "zstd")
            else:
                self._send(PAGE)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_plain_page_is_read(server):
    article = fetch_article(server + "/plain")
    assert "Kharkiv" in article.text and article.title == "Strike"


@pytest.mark.parametrize("path", ["/slow", "/slow-headers"])
def test_the_timeout_is_a_total_deadline(server, path):
    start = time.monotonic()
    with pytest.raises(InputError, match=r"no complete reply within 1\.5 s"):
        fetch_article(server + path, timeout_s=1.5)
    # was: the whole trickle (120 s here, 101 s seen); a loaded machine is late, not that late
    assert time.monotonic() - start < 60
    if path == "/slow":  # the worker's read was woken: it does not linger on the socket
        wait_for(lambda: not [t for t in threading.enumerate() if t.name == "geo-fetch"],
                 "the fetching thread gone", timeout_s=60)


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate"])
def test_compressed_pages_are_read(server, path):
    assert "Kharkiv" in fetch_article(server + path).text


@pytest.mark.parametrize("path", ["/bomb", "/bomb-unannounced"])
def test_a_decompression_bomb_is_said_as_such(server, path, capsys):
    assert cli.main(["parse", "--fetch", server + path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"unpacks to more than {MAX_BYTES:,} bytes" in err and "no article text" not in err


@pytest.mark.parametrize(("path", "said"), [("/corrupt", "gzip page is corrupt"),
                                            ("/zstd", "zstd-encoded, which geo cannot read")])
def test_unreadable_encodings_are_one_line(server, path, said, capsys):
    assert cli.main(["parse", "--fetch", server + path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err


def test_unpacked_caps_every_layer():
    twice = gzip.compress(gzip.compress(b"x" * 5000))
    assert unpacked(twice, "gzip, gzip", "p") == b"x" * 5000
    with pytest.raises(InputError, match="more than 1,000 bytes"):
        unpacked(twice, "gzip, gzip", "p", max_bytes=1000)
    assert unpacked(PAGE, "identity", "p") == PAGE
    assert unpacked(PAGE, "", "p") == PAGE
