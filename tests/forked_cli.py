"""The command line run in a forked child of the test process, for tests of what one run of a
command does (its output, its exit status, a kill -9 at a given step, two runs at once).

The child is a real second process: its own memory and open files, its own exit status, and a
SIGKILL kills it alone, exactly as `python -m sciplan_analysis …` would be killed. It starts
from the test process as it is, with the library already imported, instead of paying a new
interpreter's ~0.8 s of imports. Its output goes to files (never to the test's own streams),
its warnings are printed as a fresh interpreter prints them, and it never returns into pytest:
it leaves with `os._exit`. Tests of what only a new interpreter shows (imports, an environment
read at start-up, the flush at exit into a closed pipe) start `python -m` instead.
"""

from __future__ import annotations

import io
import os
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


@dataclass
class Finished:
    """A finished run, as `subprocess.run` reports one: -N for a run killed by signal N."""

    returncode: int
    stdout: str
    stderr: str


class Child:
    """One forked run of the command line."""

    def __init__(self, args: list[str], env: dict[str, str] | None, cwd: Path,
                 prepare: Callable[[], None] | None) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="forked-cli-")
        self._out = Path(self._folder.name) / "stdout"
        self._err = Path(self._folder.name) / "stderr"
        self.returncode: int | None = None
        sys.stdout.flush()
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:
            _run_child(args, env, cwd, self._out, self._err, prepare)  # never returns

    def poll(self) -> int | None:
        """The exit status once the child has ended, else None."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float = 300) -> Finished:
        """Wait for the child (killing it after `timeout` seconds) and read its output."""
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                raise TimeoutError(f"the forked command did not end within {timeout} s")
            time.sleep(0.005)
        with self._folder:
            return Finished(self.returncode, self._out.read_text(encoding="utf-8"),
                            self._err.read_text(encoding="utf-8"))


def start_cli(args: list[str], *, env: dict[str, str] | None = None, cwd: Path = PROJECT,
              prepare: Callable[[], None] | None = None) -> Child:
    """Start `python -m sciplan_analysis <args>` as a forked child. `env` replaces the
    environment (as `subprocess.run(env=…)` does); `prepare` runs in the child first."""
    return Child([str(a) for a in args], env, cwd, prepare)


def run_cli(args: list[str], *, env: dict[str, str] | None = None, cwd: Path = PROJECT,
            timeout: float = 300) -> Finished:
    """Run the command line in a forked child and wait for it."""
    return start_cli(args, env=env, cwd=cwd).wait(timeout)


def _run_child(args: list[str], env: dict[str, str] | None, cwd: Path, out: Path, err: Path,
               prepare: Callable[[], None] | None) -> None:
    status = 70  # EX_SOFTWARE: the child failed before the command ran
    try:
        for fd, path, flags in ((0, os.devnull, os.O_RDONLY),
                                (1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                (2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
            opened = os.open(path, flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8",
                                      errors="backslashreplace", line_buffering=True)
        os.chdir(cwd)
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        _fresh_warnings()
        if prepare is not None:
            prepare()
        from sciplan_analysis.cli import main

        status = main(args)
    except SystemExit as exit:  # argparse's errors and --help
        status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
        if not isinstance(exit.code, int | None):
            print(exit.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - an uncaught error ends the run as Python ends it
        traceback.print_exc()
        status = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status if isinstance(status, int) else 1)


def _fresh_warnings() -> None:
    """The warning filters and printing of a fresh interpreter, not the test's (pytest records
    warnings instead of printing them, and may have filters of its own)."""
    warnings.resetwarnings()
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = show
