"""Stopping Chromium renderer processes from outside the browser, when a page hangs it.

A page whose script never yields can stop even Playwright's own calls from returning
(``page.evaluate`` has no time limit). Killing the renderer makes the pending call fail
with "Target crashed", which frees the renderer thread. Linux only (reads ``/proc``);
elsewhere nothing is killed and only Playwright's own time limits apply.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

_PROC = Path("/proc")


def _parents() -> dict[int, int]:
    parents: dict[int, int] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # Field 4 is the parent pid; the command name (field 2) may contain spaces and ")".
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def renderer_pids(root_pid: int) -> list[int]:
    """Chromium renderer processes that descend from ``root_pid``."""
    if not _PROC.is_dir():
        return []
    parents = _parents()
    found = []
    for pid in parents:
        ancestor = parents.get(pid)
        while ancestor not in (None, 0, 1, root_pid):
            ancestor = parents.get(ancestor)
        if ancestor != root_pid:
            continue
        try:
            command = (_PROC / str(pid) / "cmdline").read_bytes()
        except OSError:
            continue
        if b"--type=renderer" in command:
            found.append(pid)
    return found


def kill_renderers(root_pid: int) -> int:
    """SIGKILL every renderer below ``root_pid``; returns how many were signalled."""
    killed = 0
    for pid in renderer_pids(root_pid):
        try:
            os.kill(pid, signal.SIGKILL)
            killed += 1
        except OSError:
            pass
    return killed
