"""`vl2code render` end to end, as a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image


def _vl2code(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vl2code", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_render_html_and_refuse_to_overwrite(tmp_path: Path, render_fixtures: Path) -> None:
    output = tmp_path / "out.png"
    page = str(render_fixtures / "small.html")
    done = _vl2code("render", page, "-o", str(output), "--width", "900", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert Image.open(output).size == (900, 720)

    again = _vl2code("render", page, "-o", str(output), cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.strip().endswith("already exists (use --force to overwrite)")
    assert Image.open(output).size == (900, 720)
    assert [path.name for path in tmp_path.iterdir()] == ["out.png"]  # no temporary files left


def test_render_drawio_page_with_force(tmp_path: Path, render_fixtures: Path) -> None:
    output = tmp_path / "diagram.png"
    output.write_bytes(b"old")
    diagram = str(render_fixtures / "two_pages.drawio")
    done = _vl2code("render", diagram, "-o", str(output), "--page", "1", "--force", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    red, green, blue = Image.open(output).convert("RGB").getpixel((60, 80))
    assert blue > 200 and red < 60


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "broken.drawio"
    bad.write_text("<mxfile><diagram>")
    done = _vl2code("render", str(bad), "-o", str(tmp_path / "x.png"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not valid XML" in done.stderr
    assert not (tmp_path / "x.png").exists()
