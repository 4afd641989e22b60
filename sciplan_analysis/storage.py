"""Safe writes to data/raw/ and data/processed/: atomic replacement and folder locks.

Every file is written to a hidden temporary file in its own folder, flushed to disk and renamed
over the target (`os.replace`), so a reader or a crash sees the old file or the new one, never
a part. Writers of a folder serialise on a lock file in it (the `filelock` package).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sciplan_analysis.errors import PlanError

TMP_PREFIX = ".tmp-"  # hidden: never listed as data, removed by the next writer under the lock
LOCK_NAME = ".sciplan.lock"
LOCK_TIMEOUT = 900.0  # seconds; a build of a large corpus may hold the lock for minutes
KILL_AT_ENV = "SCIPLAN_KILL_AT"


def kill_point(moment: str, name: str) -> None:
    """The crash tests' hook: `kill -9` this process when the environment variable
    SCIPLAN_KILL_AT is ``<moment>:<file name>`` (``before-replace:plans.csv``), so a test stops
    a write exactly between two of its steps; a timer reaches a given step only on a machine
    of the right speed."""
    if os.environ.get(KILL_AT_ENV) == f"{moment}:{name}":
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def temp_path(target: Path) -> Path:
    """A fresh hidden name beside `target` that keeps its suffix (engines pick formats by it)."""
    return target.parent / f"{TMP_PREFIX}{secrets.token_hex(6)}-{target.name}"


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a written file's data to disk."""
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def writable_target(target: str | Path) -> Path:
    """The file a write to `target` replaces: a symbolic link is followed (the file it points
    at is replaced, the link stays); a folder, or a file without write permission (chmod
    a-w: a researcher protecting it), is refused with a PlanError, since renaming over a
    read-only file would succeed."""
    target = Path(target)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise PlanError(f"{target}: is a folder, where a file is to be written")
    with contextlib.suppress(FileNotFoundError):
        if not target.stat().st_mode & stat.S_IWUSR:
            raise PlanError(f"{target}: the file is read-only; make it writable "
                            "(chmod u+w) if it should change")
    return target


@contextmanager
def replacing(target: str | Path, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target` (see
    `writable_target`), on error it is removed."""
    target = writable_target(target)
    tmp = temp_path(target)
    try:
        yield tmp
        if durable:
            fsync_file(tmp)
        kill_point("before-replace", target.name)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(target.parent)
    kill_point("after-replace", target.name)


def write_bytes(target: str | Path, data: bytes, durable: bool = True) -> None:
    """Replace `target` by `data` atomically."""
    with replacing(target, durable) as tmp:
        tmp.write_bytes(data)


def write_text(target: str | Path, text: str, encoding: str = "utf-8", durable: bool = True) -> None:
    """Replace `target` by `text` atomically."""
    write_bytes(target, text.encode(encoding), durable)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temporary files and folders that a killed writer left in `folder` (hold its lock)."""
    removed = []
    for path in folder.glob(f"{TMP_PREFIX}*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


@contextmanager
def folder_lock(folder: str | Path, name: str = LOCK_NAME, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock of `folder` (created if needed); other processes wait for it."""
    from filelock import FileLock, Timeout

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(folder / name), timeout=timeout)
        lock.acquire()
    except Timeout as err:
        raise PlanError(f"{folder}: another add or build has held {name} for {timeout:.0f} s; "
                        "wait for it to finish and try again") from err
    except OSError as err:  # not writable, not a folder, no space
        raise PlanError(f"{folder}: cannot take its lock {name} ({err.strerror or err}); "
                        "is the folder writable?") from err
    try:
        yield
    finally:
        lock.release()
