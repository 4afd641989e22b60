"""Headless Chromium for the tests that open the report as a reader would (no network)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()),
                None)
SKIP_REASON = "Chromium is not installed (Debian package `chromium`; .ci/run installs it when run as root)"


def chromium(*args: str, user_dir: Path) -> subprocess.CompletedProcess:
    """Run headless Chromium with `args`, offline: the report must open without a network."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={user_dir}",
             "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)
