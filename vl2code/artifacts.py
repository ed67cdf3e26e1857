"""Everything a conversion did, on disk: each round's code, render, diff, scores and thinking."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vl2code.fileio import write_atomic
from vl2code.targets import extension_for


class ArtifactWriter:
    """Writes into ``folder`` (created on first use); a ``None`` folder writes nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def round(
        self, index: int, target: str, code: str, files: dict[str, Any], record: dict[str, Any]
    ) -> None:
        """Store one round: ``files`` maps names to PIL images or text."""
        if self.folder is None:
            return
        round_dir = self.folder / f"round-{index}"
        round_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(round_dir / f"code{extension_for(target)}", code)
        for name, value in files.items():
            if value is None:
                continue
            if isinstance(value, str):
                write_atomic(round_dir / name, value)
            else:
                value.save(round_dir / name)
        write_atomic(round_dir / "scores.json", json.dumps(record, indent=2, default=str))

    def summary(self, data: dict[str, Any]) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / "summary.json", json.dumps(data, indent=2, default=str))
