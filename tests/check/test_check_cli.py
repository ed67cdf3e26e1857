"""`vl2code check` through the CLI: real Chromium renders, real comparisons, real files."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from vl2code.checks.diffs import GAP
from vl2code.cli import main


def test_references_from_update_pass_unchanged(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reference = site / "designs" / "pricing.png"
    assert Image.open(reference).width == 1280  # there was no reference: the default render width
    assert (site / "designs" / "flow.png").is_file()
    capsys.readouterr()
    assert main(["check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] is True
    statuses = {r["file"]: r["status"] for r in report["results"]}
    assert statuses == {"flow.drawio": "passed", "pricing.html": "passed"}
    assert all(r["score"] >= 0.95 and r["diff_pixels"] == 0 for r in report["results"])
    assert not (site / ".vl2code" / "diffs").exists()


@pytest.mark.usefixtures("break_layout")
def test_broken_layout_fails_with_table_diff_image_and_junit(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["check", "--junit", "report.xml"]) == 1
    table = capsys.readouterr().out.splitlines()
    row = next(line for line in table if line.startswith("pricing.html"))
    assert "FAIL" in row and "% of pixels differ > 0.20%" in row
    assert any(line.startswith("flow.drawio") and " ok " in line for line in table)
    assert "1 passed, 1 failed" in table[-1] and "diff images in" in table[-1]
    diff = site / ".vl2code" / "diffs" / "pricing.html.png"
    with Image.open(diff) as image, Image.open(site / "designs" / "pricing.png") as reference:
        assert image.width >= 3 * reference.width + 2 * GAP
    assert not (site / ".vl2code" / "diffs" / "flow.drawio.png").exists()
    suite = ET.parse(site / "report.xml").getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    failure = suite.find("testcase[@name='pricing.html']/failure")
    assert failure is not None and "% of pixels differ" in failure.get("message", "")
    assert failure.text is not None and "pricing.html.png" in failure.text
    assert suite.find("testcase[@name='flow.drawio']/failure") is None


@pytest.mark.usefixtures("break_layout")
def test_update_accepts_the_new_layout_and_removes_the_stale_diff(site: Path) -> None:
    reference = site / "designs" / "pricing.png"
    before = reference.read_bytes()
    assert main(["check", "pricing.html", "--quiet"]) == 1
    assert (site / ".vl2code" / "diffs" / "pricing.html.png").is_file()
    assert main(["check", "pricing.html", "--update", "--quiet"]) == 0
    assert reference.read_bytes() != before
    assert main(["check", "pricing.html", "--quiet"]) == 0
    assert not (site / ".vl2code" / "diffs" / "pricing.html.png").exists()


def test_missing_reference_is_exit_2_naming_it(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "designs" / "pricing.png").unlink()
    capsys.readouterr()
    assert main(["check"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("vl2code: error: pricing.html: reference screenshot ")
    assert str(site / "designs" / "pricing.png") in error


def test_files_without_reference_are_skipped_with_a_note(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "notes.html").write_text("<p>no design for this one</p>", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "notes.html"]) == 0
    assert "skipped notes.html: no reference screenshot" in capsys.readouterr().out
    assert main(["check", "--quiet", "notes.html"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--threshold", "1.5"), ("--max-diff-ratio", "-1"), ("--width", "5"), ("--mask", "a{"), ("--jobs", "0")],
)
def test_unusable_options_are_exit_2(
    site: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    capsys.readouterr()
    assert main(["check", flag, value]) == 2
    error = capsys.readouterr().err
    assert error.startswith("vl2code: error: ") and error.count("\n") == 1
