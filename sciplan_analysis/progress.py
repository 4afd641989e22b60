"""Progress bars for the stages that take more than a few seconds on large corpora.

`progress_bar` is a tqdm bar on stderr, or a do-nothing stand-in: on by default only when
stderr is a terminal (so never in captured test output, logs or pipes), off when the caller
passes ``enabled=False`` (every public function that draws one takes ``progress=``), and off
everywhere with ``SCIPLAN_PROGRESS=0`` in the environment. tqdm is imported only when a bar
is drawn.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Any

PROGRESS_ENV = "SCIPLAN_PROGRESS"


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, s: str) -> None:
        pass


def wanted(enabled: bool | None) -> bool:
    """Whether to draw: an explicit True/False wins over the environment, which wins over the
    terminal check."""
    if enabled is not None:
        return enabled
    if os.environ.get(PROGRESS_ENV, "").strip() in ("0", "false", "no", "off"):
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_bar(total: int | None, desc: str, unit: str = "it", enabled: bool | None = None,
                 **kwargs: Any):
    """A tqdm bar on stderr if `wanted(enabled)`, else an object whose update does nothing."""
    if not wanted(enabled):
        yield _Silent()
        return
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False,
               dynamic_ncols=True, mininterval=0.5, **kwargs)
    try:
        yield bar
    finally:
        bar.close()
