"""`vl2code diff` as a user runs it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image


def run_diff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vl2code", "diff", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def sample_png(fixtures_dir: Path) -> Path:
    return fixtures_dir / "compare" / "ocr_sample.png"


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory, sample_png) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    empty = folder / "empty.png"
    empty.write_bytes(b"")
    truncated = folder / "truncated.png"
    truncated.write_bytes(sample_png.read_bytes()[:2000])
    not_image = folder / "notes.png"
    not_image.write_text("this is not a picture\n")
    huge = folder / "huge.png"
    Image.new("1", (9000, 9000)).save(huge)
    broken_drawio = folder / "broken.drawio"
    broken_drawio.write_text("<mxfile><diagram>unclosed")
    return {
        "missing": folder / "missing.png",
        "empty": empty,
        "truncated": truncated,
        "not_image": not_image,
        "huge": huge,
        "broken_drawio": broken_drawio,
    }


@pytest.mark.parametrize("kind", ["missing", "empty", "truncated", "not_image", "huge", "broken_drawio"])
def test_unusable_input_is_one_line_and_exit_2(bad_inputs, sample_png, kind):
    result = run_diff(sample_png, bad_inputs[kind])
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vl2code: error:"), result.stderr
    assert str(bad_inputs[kind].name) in lines[0]


def test_identical_screenshots_score_one_and_write_a_diff(sample_png, tmp_path):
    out = tmp_path / "diff.png"
    result = run_diff(sample_png, sample_png, "--json", "--out", out, "--threshold", "0.99")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["score"] == pytest.approx(1.0)
    assert data["pixel"]["diff_pixels"] == 0
    assert Image.open(out).size == Image.open(sample_png).size


def test_score_below_threshold_exits_1(sample_png, tmp_path):
    changed = tmp_path / "changed.png"
    image = Image.open(sample_png).convert("RGB")
    image.paste((255, 255, 255), (0, 0, image.width, 180))
    image.save(changed)
    result = run_diff(sample_png, changed, "--threshold", "0.95")
    assert result.returncode == 1
    assert "below the threshold" in result.stderr
    assert "missing_text" in result.stdout


def test_html_against_its_own_screenshot(fixtures_dir, tmp_path):
    page = fixtures_dir / "compare" / "page.html"
    rendered = tmp_path / "page.png"
    render = subprocess.run(
        [sys.executable, "-m", "vl2code", "render", str(page), "-o", str(rendered)],
        capture_output=True,
        timeout=120,
    )
    assert render.returncode == 0, render.stderr
    result = run_diff(rendered, page, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["score"] > 0.9


def test_bad_mask_is_a_usage_error(sample_png):
    result = run_diff(sample_png, sample_png, "--mask", "1,2,3")
    assert result.returncode == 2
    assert "--mask" in result.stderr


def test_eval_scores_each_pair_and_writes_a_report(fixtures_dir, tmp_path):
    folder = tmp_path / "pairs"
    folder.mkdir()
    page = (fixtures_dir / "compare" / "page.html").read_text(encoding="utf-8")
    (folder / "a.html").write_text(page, encoding="utf-8")
    render = subprocess.run(
        [sys.executable, "-m", "vl2code", "render", str(folder / "a.html"), "-o", str(folder / "a.png")],
        capture_output=True,
        timeout=120,
    )
    assert render.returncode == 0, render.stderr
    (folder / "b.html").write_text(
        page.replace("Boats for sale in City One", "Something else"), encoding="utf-8"
    )
    (folder / "b.png").write_bytes((folder / "a.png").read_bytes())
    report = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "vl2code", "eval", str(folder), "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[1:]}
    assert set(rows) == {"a", "b", "mean"}
    assert float(rows["a"][1]) > float(rows["b"][1])
    data = json.loads(report.read_text())
    assert set(data["pages"]) == {"a", "b"}
    assert data["mean"]["score"] == pytest.approx(
        (data["pages"]["a"]["score"] + data["pages"]["b"]["score"]) / 2
    )
    assert "2/2" in result.stderr


def test_eval_of_a_folder_without_pairs_is_an_input_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "vl2code", "eval", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "no ID.html + ID.png pairs" in result.stderr


def test_a_closed_pipe_is_not_an_error(sample_png):
    # `vl2code diff a b | head -1` where head is gone before the report is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "vl2code", "diff", str(sample_png), str(sample_png)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, errors
    assert "Traceback" not in errors and "Exception ignored" not in errors
