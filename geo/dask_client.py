"""A Dask client for ``geo parse --jsonl --cluster ADDRESS``: a scheduler's address
(``tcp://host:8786``) or ``local:N``, a local cluster of N worker processes.

Every failure to reach a scheduler is one :class:`~geo.errors.InputError` line:
nothing listening, no answer (bounded: a server that accepts the connection but
never answers as Dask would otherwise hold ``Client()`` for ever), or something
other than Dask answering.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator

from .errors import InputError

__all__ = ["connect", "quiet_stop"]

#: How long a scheduler has to answer, seconds (Dask's own connect timeout is 30 s).
ANSWER_TIMEOUT_S = 40.0


def connect(address: str):
    """A ``distributed.Client`` for ``address`` (``tcp://host:8786``) or ``local:N``.

    ``local:N`` starts a ``LocalCluster`` of N single-threaded worker processes
    (closed with the client).
    """
    _quiet_cancelled_gathers()
    try:
        from distributed import Client
    except ImportError as err:
        raise InputError("--cluster needs the dask extra: pip install 'geo-frontline[dask]'") \
            from err
    if address.startswith("local:"):
        try:
            n = int(address.removeprefix("local:"))
        except ValueError:
            n = 0
        if n < 1:
            raise InputError(f"--cluster local:N needs a number of workers, got {address!r}")
        # The scheduler's HTTP server on a free port (":0"): with no address, distributed
        # tries 8787, which another Dask or a second geo run may hold (it then falls back,
        # leaking a socket). No worker logs: a task's failure reaches geo as an
        # exception; the rest is the noise of a stop (a task cancelled, a heartbeat to a
        # scheduler that closed first, each with a traceback).
        return _start_local(n)
    if (refused := _refused(address)) is not None:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {refused}")
    # Opened in a thread: Client() waits for ever on a server that never answers as Dask.
    opened: list = []
    opener = threading.Thread(target=_open, args=(Client, address, opened), daemon=True)
    opener.start()
    opener.join(ANSWER_TIMEOUT_S)
    got = opened[0] if opened else TimeoutError(
        f"no answer as a Dask scheduler within {ANSWER_TIMEOUT_S:g} s")
    if not isinstance(got, BaseException):
        return got
    what = "what answers there is no Dask scheduler" if isinstance(got, MemoryError) else got
    raise InputError(f"cannot reach the Dask scheduler at {address}: {what}")


def _start_local(n: int):
    """A client of a new ``LocalCluster`` of ``n`` worker processes, or, when Ctrl-C or
    SIGTERM came while it started, the cluster closed again and the signal acted on."""
    from distributed import Client, LocalCluster

    cluster = client = None
    try:
        with _signals_held():
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.CRITICAL)
            client = Client(cluster)
    except BaseException:  # a Ctrl-C held until the cluster was up, or a failed start
        logging.getLogger("distributed").setLevel(logging.ERROR)  # its stop is no news
        for part in (client, cluster):
            if part is not None:
                with contextlib.suppress(Exception):
                    part.close()
        raise
    client._geo_cluster = cluster  # closed with the client in run_cluster
    return client


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held while a local cluster starts, acted on once it is up.

    SIGINT is blocked in this thread, and so in the threads that start the worker
    processes, which inherit the block (and keep it): Ctrl-C, which a terminal sends to
    the whole process group, stops only ``geo``, which then closes the cluster, instead
    of a traceback from each worker. Either signal that comes while the cluster starts
    (blocked, or caught by a thread the block does not cover) is acted on when this
    block ends, by the handler that was there before (a :class:`KeyboardInterrupt`, or
    SIGTERM's exit): none is lost, and none lands inside distributed's start-up (a
    traceback at exit).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # Started first: multiprocessing starts its resource tracker with SIGINT blocked,
    # then unblocks it in the calling thread, which would undo the block below.
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    held: list[int] = []
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, lambda n, frame: held.append(n))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a blocked Ctrl-C acts here
        for signum in dict.fromkeys(held):
            # ... and a caught one here, sent to this thread (os.kill to the process may
            # reach another thread, whose handler call a loaded machine runs late: after
            # the run, or inside a finaliser, where its exception is lost)
            signal.raise_signal(signum)


def _refused(address: str, timeout_s: float = 5.0) -> str | None:
    """Why nothing listens at a ``tcp://host:port`` address (the connection refused: no
    scheduler there, said at once instead of after Dask's 30 s of retries), or
    ``None`` when something may (it accepted, was slow, or the address is another kind).
    """
    import socket
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(address)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme != "tcp" or not host or port is None:
        return None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as err:
        return f"unknown host {host!r} ({err.strerror or err})"
    for family, kind, proto, _, where in infos:
        with socket.socket(family, kind, proto) as probe:
            probe.settimeout(timeout_s)
            try:
                probe.connect(where)
            except ConnectionRefusedError:
                continue
            except OSError:
                return None  # unreachable or slow: Dask says why, in its own time
            return None
    return "connection refused (no scheduler listens there)"


def _open(client_class, address: str, into: list) -> None:
    """Append a client for ``address``, or why there is none (a MemoryError: what
    answered sent no Dask frame, and its first bytes read as a huge length)."""
    try:
        into.append(client_class(address, timeout="30s"))
    except Exception as err:  # every failure is the address's, said once
        into.append(err)


class _CancelledGathers(logging.Filter):
    """Drops asyncio's "Task exception was never retrieved" for the gathers a client
    cancels when a run is stopped (Ctrl-C, SIGTERM): they end with ``AllExit``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("never retrieved" in message and "AllExit" in message)


def _quiet_cancelled_gathers() -> None:
    asyncio_log = logging.getLogger("asyncio")
    if not any(isinstance(f, _CancelledGathers) for f in asyncio_log.filters):
        asyncio_log.addFilter(_CancelledGathers())


@contextlib.contextmanager
def quiet_stop() -> Iterator[None]:
    """Distributed's warnings and its event loop's callback errors muted while a run
    goes and its cluster closes ("Worker process still alive after 4.0 seconds,
    killing", "Couldn't gather keys" and a cancelled ``sync`` callback's traceback when
    Ctrl-C stops a gather: the stop of a busy worker is no news; a failure that stops
    the run reaches geo as an exception and is said in one line), unless the user asked
    for more (``-v``: the root logger at INFO or lower); the levels set back after."""
    logs = [(logging.getLogger("distributed"), logging.ERROR),
            (logging.getLogger("tornado"), logging.CRITICAL)]
    before = [log.level for log, _ in logs]
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        for (log, level), was in zip(logs, before, strict=True):
            log.setLevel(max(level, was))
    try:
        yield
    finally:
        for (log, _), was in zip(logs, before, strict=True):
            log.setLevel(was)
