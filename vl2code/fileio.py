"""Writing results without ever leaving a partial file or silently replacing the user's work."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from vl2code.errors import InputError


def refuse_overwrite(path: Path, force: bool) -> None:
    """Raise unless ``path`` is free or the user passed ``--force``."""
    if path.exists() and not force:
        raise InputError(f"{path}: already exists (use --force to overwrite)")
    if path.exists() and path.is_dir():
        raise InputError(f"{path}: is a directory")


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path``, then rename: readers see all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; new files get the usual umask-derived mode."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
