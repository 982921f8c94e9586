"""Where an output can go: the checks made before any work (:func:`check_output_path`)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import InputError

__all__ = ["check_output_path", "check_path_type", "is_special_file", "no_directory",
           "unwritable"]


def check_path_type(path: object, *, what: str = "output") -> None:
    """An :class:`InputError` unless ``path`` is a file name (a string or path-like).

    Examples
    --------
    >>> check_path_type(None)
    Traceback (most recent call last):
    ...
    geo.errors.InputError: output must be a file name (str or path-like), got NoneType
    """
    if not isinstance(path, str | os.PathLike):
        raise InputError(f"{what} must be a file name (str or path-like), "
                         f"got {type(path).__name__}")


def no_directory(directory: str | os.PathLike[str]) -> str:
    """Why an output cannot go in ``directory``, which is not a directory: it does not
    exist, or it is a file (``-o article.txt/out.json``)."""
    if os.path.lexists(directory):
        return f"{directory} is not a directory"
    return f"the directory {directory} does not exist"


def check_output_path(path: str | os.PathLike[str], *, option: str = "output") -> Path:
    """Check before any work that a file can be written at ``path``; return it.

    The one check of every output (the CLI's options, :func:`geo.render.write_outputs`'
    keywords). The folder checked is the one the file will be written in: through a
    symlink, the folder of the file it points to, as :func:`atomic_open` writes it. A
    device or a named pipe (``/dev/null``) is written in place: it passes.

    Raises
    ------
    InputError
        Naming ``option`` and the path: it is not a file name (``None``), it is empty
        or a directory (or ends in ``/``), its directory does not exist or cannot be
        written.

    Examples
    --------
    >>> check_output_path(os.devnull, option="--png")
    PosixPath('/dev/null')
    >>> check_output_path(None, option="html")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: html must be a file name (str or path-like), got NoneType
    """
    check_path_type(path, what=option)
    if not str(path):
        raise InputError(f"{option} is an empty file name: give a file name")
    p = Path(path)
    if is_special_file(p):  # a device or a named pipe: written in place
        return p
    if p.is_dir():
        raise InputError(f"{option} {path} is a directory: give a file name")
    if str(path).endswith(("/", os.sep)):  # a folder that does not exist (yet)
        raise InputError(f"{option} {path} names a folder: give a file name")
    parent = Path(os.path.realpath(p)).parent  # where atomic_open writes it
    if not parent.is_dir():
        raise InputError(f"{option} {path}: {no_directory(parent)}")
    if reason := unwritable(parent):
        raise InputError(f"{option} {path}: cannot write in {parent}: {reason}")
    return p


def unwritable(directory: str | os.PathLike[str]) -> str | None:
    """Why no file can be made in the existing ``directory`` (as the operating system
    says it: ``Read-only file system``, ``Permission denied``), or ``None``.

    One reason for every output option: each says ``OPTION PATH: cannot write in
    DIRECTORY: REASON``.

    >>> import tempfile
    >>> unwritable(tempfile.gettempdir()) is None
    True
    """
    try:
        if os.statvfs(directory).f_flag & os.ST_RDONLY:
            return os.strerror(errno.EROFS)
    except (OSError, AttributeError):  # no statvfs (Windows): the access check tells
        pass
    if not os.access(directory, os.W_OK | os.X_OK):
        return os.strerror(errno.EACCES)
    import tempfile  # only where a file is to be written

    try:  # the access check says yes to root everywhere (/proc, /sys): make a file
        fd, probe = tempfile.mkstemp(dir=directory, prefix=".geo-probe-")
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    os.unlink(probe)
    return None


def is_special_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` exists and is not a regular file or a directory (after
    following symlinks): a device (``/dev/null``), a named pipe or a socket.

    Such outputs are written in place: renaming a finished file over them would
    replace the device or pipe with an ordinary file.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
