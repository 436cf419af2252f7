"""Kill a build with SIGKILL in the middle of its work, as a crash or the OOM killer would.

Shared by the store tests that check what a killed build leaves behind (tests/reliability,
tests/incremental).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path


def sigkill_once_staging(cmd: Sequence[str], env: Mapping[str, str], store: Path, settle: float) -> None:
    """Run ``cmd`` and SIGKILL it ``settle`` seconds after it has started a staging version in
    ``store``; fails if the command ends before it can be killed."""
    proc = subprocess.Popen(list(cmd), env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not any((store / "staging").iterdir()):
            assert proc.poll() is None and time.monotonic() < deadline, "the build ended before it could be killed"
            time.sleep(0.005)
        time.sleep(settle)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
