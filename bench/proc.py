"""One benchmark worker in its own process: its marks (wall time until each mark line) and its result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

MARKS = ("start", "ready", "answered")


def run(module: str, mode: str, work: Path, code: Path) -> dict:
    """Run ``python -m module mode work`` with ``code`` first on sys.path; the last line it prints
    is its JSON result, which gets ``marks``: seconds from launch until each line in MARKS."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", module, mode, str(work)], cwd=code, env=env,
                            stdout=subprocess.PIPE, text=True)
    marks: dict[str, float] = {}
    last = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        line = line.strip()
        if line in MARKS:
            marks[line] = time.perf_counter() - t0
        elif line:
            last = line
    if proc.wait() != 0:
        raise SystemExit(f"{module} {mode} failed (exit {proc.returncode})")
    result = json.loads(last)
    result["marks"] = marks
    return result
