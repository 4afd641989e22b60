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


# -- snapshots of data/processed/ --------------------------------------------------------------
# `build` writes all its files into a new folder snapshots/<name>/ and then points CURRENT at
# it (one atomic rename), so a reader sees one build's files or the next one's, never a mix,
# and a killed build leaves the previous snapshot in use. A reader pins the snapshot it reads
# (a lock file held inside it), and only snapshots that nothing points at or pins are removed.
SNAPSHOTS_NAME = "snapshots"
CURRENT_NAME = "CURRENT"  # holds the name of the snapshot in use
SNAPSHOT_INFO = "snapshot.json"  # name, time, and what the build adds (plans)
PIN_PREFIX = ".pin-"
SNAPSHOT_LOCK = ".snapshots.lock"


def current_snapshot(processed: str | Path) -> Path | None:
    """The snapshot that `processed`/CURRENT names; None for a folder without snapshots (tables
    written into it directly). A CURRENT naming no snapshot is a PlanError."""
    processed = Path(processed)
    pointer = processed / CURRENT_NAME
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise PlanError(f"{pointer}: unreadable ({err}); run `python -m sciplan_analysis build`") from err
    folder = processed / SNAPSHOTS_NAME / name
    if not name or "/" in name or "\\" in name or name.startswith(".") or not (folder / SNAPSHOT_INFO).is_file():
        raise PlanError(f"{pointer} names {name!r}, which is not a complete snapshot in "
                        f"{processed / SNAPSHOTS_NAME}; run `python -m sciplan_analysis build`")
    return folder


def processed_tables(processed: str | Path) -> Path:
    """Where the build's files of `processed` are: its current snapshot, or the folder itself."""
    return current_snapshot(processed) or Path(processed)


def is_snapshot(folder: str | Path) -> bool:
    """Whether `folder` is one build's snapshot (read as it is, never rewritten)."""
    folder = Path(folder)
    return folder.parent.name == SNAPSHOTS_NAME and (folder / SNAPSHOT_INFO).is_file()


def snapshot_info(folder: str | Path) -> dict:
    """What a snapshot records about itself: name, created (UTC, ISO 8601), and the build's
    additions (plans); {} if unreadable."""
    import json

    try:
        info = json.loads((Path(folder) / SNAPSHOT_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _pin(folder: Path, token: str):
    """Hold a pin (a lock file) inside `folder`: while held, no build removes the folder."""
    from filelock import FileLock

    lock = FileLock(str(folder / f"{PIN_PREFIX}{token}.lock"), timeout=0)
    lock.acquire()
    return lock


def _unpin(lock) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        Path(lock.lock_file).unlink()


def _pinned(folder: Path) -> bool:
    """Whether any process holds a pin in `folder` (a pin left by a killed one is free)."""
    from filelock import FileLock, Timeout

    for path in folder.glob(f"{PIN_PREFIX}*.lock"):
        probe = FileLock(str(path), timeout=0)
        try:
            probe.acquire()
        except Timeout:
            return True
        except OSError:
            continue
        probe.release()
    return False


@contextmanager
def pinned_snapshot(processed: str | Path) -> Iterator[Path]:
    """The folder to read `processed`'s build files from, for the whole `with` block: its
    current snapshot, pinned so that a build running meanwhile switches to a new one but does
    not remove this one; or `processed` itself when it holds no snapshots."""
    processed = Path(processed)
    try:
        with folder_lock(processed, SNAPSHOT_LOCK):  # no build removes it between finding and pinning
            folder = current_snapshot(processed)
            pin = _pin(folder, secrets.token_hex(6)) if folder is not None else None
    except (PlanError, OSError):
        # a folder this user cannot write (a shared copy) can be read, unpinned: whoever may
        # remove a snapshot there is not us
        folder, pin = current_snapshot(processed), None
    try:
        yield folder or processed
    finally:
        if pin is not None:
            _unpin(pin)


@contextmanager
def new_snapshot(processed: str | Path, info: dict | None = None) -> Iterator[Path]:
    """A new, empty snapshot folder to write a build into. When the block ends without error
    the folder gets its snapshot.json, is renamed into place and CURRENT points at it (the
    switch); snapshots nothing points at or pins are then removed, with what killed builds
    left. On error the folder is removed and CURRENT is untouched."""
    import datetime
    import json

    processed = Path(processed)
    snapshots = processed / SNAPSHOTS_NAME
    snapshots.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    name = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    staging = snapshots / f"{TMP_PREFIX}{name}"
    staging.mkdir()
    pin = _pin(staging, "build")  # a running build's folder is never taken for a leftover
    try:
        yield staging
        record = {"name": name, "created": now.isoformat(timespec="seconds"), **(info or {})}
        write_text(staging / SNAPSHOT_INFO, json.dumps(record, ensure_ascii=False, indent=1))
        with folder_lock(processed, SNAPSHOT_LOCK):
            os.replace(staging, snapshots / name)
            fsync_dir(snapshots)
            write_text(processed / CURRENT_NAME, name + "\n")  # the switch
            pin.release()
            with contextlib.suppress(OSError):
                (snapshots / name / f"{PIN_PREFIX}build.lock").unlink()
            remove_unused_snapshots(processed)
            remove_unpointed_tables(processed, snapshots / name)
    except BaseException:
        _unpin(pin)
        shutil.rmtree(staging, ignore_errors=True)
        raise


def remove_unpointed_tables(processed: str | Path, snapshot: str | Path) -> list[Path]:
    """Remove the files a build before snapshots wrote straight into `processed` (tasks.csv,
    corpus.xlsx, …) under the names the new snapshot holds: no pointer names them, and a
    reader opening them would read an older build. Other files are left alone."""
    processed, removed = Path(processed), []
    for path in Path(snapshot).iterdir():
        old = processed / path.name
        if path.is_file() and not path.name.startswith(".") and path.name != SNAPSHOT_INFO and old.is_file():
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed


def remove_unused_snapshots(processed: str | Path) -> list[Path]:
    """Remove the snapshots that CURRENT does not name and no reader pins, and the folders of
    killed builds (hold the snapshot lock)."""
    processed = Path(processed)
    try:
        keep = current_snapshot(processed)
    except PlanError:
        return []  # CURRENT damaged: remove nothing until a build repairs it
    removed = []
    for folder in sorted((processed / SNAPSHOTS_NAME).iterdir()):
        if folder == keep or not folder.is_dir() or _pinned(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed
