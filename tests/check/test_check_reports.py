"""The table, JSON and JUnit XML written for a run, from hand-built results."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from vl2code.checks import CheckResult, CheckRun, CheckTarget, Skipped
from vl2code.checks.junit import junit_xml, write_junit
from vl2code.checks.report import format_table, run_to_dict
from vl2code.compare import Mismatch
from vl2code.references import ReferenceLink


def _target(name: str, threshold: float = 0.9, width: int | None = None) -> CheckTarget:
    reference = Path("/project/designs") / f"{name}.png"
    return CheckTarget(
        Path("/project") / name,
        name,
        "html",
        ReferenceLink(reference, "comment", (0, 0, 10)),
        reference,
        width,
        threshold,
    )


MOVED = Mismatch(
    kind="misplaced",
    text="Team & <Pro>",
    reference_bbox=(10, 20, 100, 30),
    candidate_bbox=(10, 220, 100, 30),
    detail='"Team & <Pro>" moved 200 px down',
    severity=0.8,
)
MISSING = Mismatch(
    kind="missing_text",
    text="Audit logs",
    reference_bbox=(5, 5, 50, 10),
    candidate_bbox=None,
    detail='"Audit logs" is missing',
    severity=0.6,
)


def _run() -> CheckRun:
    return CheckRun(
        results=(
            CheckResult(
                _target("home.html"),
                "passed",
                width=1280,
                score=0.991,
                metrics={"block": 1.0},
                pixel_ratio=0.0,
                diff_pixels=0,
                duration_ms=310.0,
            ),
            CheckResult(
                _target("pricing.html", 0.95, 375),
                "failed",
                width=375,
                score=0.812,
                metrics={"block": 0.7},
                pixel_ratio=0.0973,
                diff_pixels=12345,
                mismatches=(MOVED, MISSING),
                reasons=("score 0.812 < 0.95",),
                notes=("mask '.ad' matched nothing",),
                diff_image=Path("/project/.vl2code/diffs/pricing.html@375.png"),
                duration_ms=420.0,
            ),
            CheckResult(
                _target("broken.html"), "error", reasons=("page did not finish rendering within 15 s",)
            ),
        ),
        skipped=(Skipped("draft.html", "no reference screenshot"),),
        diff_dir=Path("/project/.vl2code/diffs"),
        duration_ms=2345.0,
    )


def test_table_has_a_row_per_check_notes_and_a_summary() -> None:
    lines = format_table(_run(), columns=200).splitlines()
    assert lines[0].split() == ["FILE", "SCORE", "THRESHOLD", "CHANGED", "RESULT", "WORST", "MISMATCHES"]
    assert lines[1].split()[:5] == ["home.html", "0.991", "0.90", "0.00%", "ok"]
    assert lines[2].split()[:5] == ["pricing.html@375", "0.812", "0.95", "9.73%", "FAIL"]
    assert lines[2].endswith('score 0.812 < 0.95; "Team & <Pro>" moved 200 px down; "Audit logs" is missing')
    assert lines[3].split()[:5] == ["broken.html", "-", "0.90", "-", "ERROR"]
    assert "note pricing.html@375: mask '.ad' matched nothing" in lines
    assert "skipped draft.html: no reference screenshot" in lines
    assert (
        lines[-1] == "1 passed, 1 failed, 1 error, 1 skipped; diff images in /project/.vl2code/diffs (2.3 s)"
    )


def test_quiet_table_keeps_failures_only_and_long_rows_are_clipped() -> None:
    lines = format_table(_run(), quiet=True, columns=100).splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["pricing.html@375", "broken.html"]
    assert all(len(line) <= 100 for line in lines[:3]) and lines[1].endswith("…")
    assert not any(line.startswith("skipped") for line in lines)
    passing = CheckRun(_run().results[:1], (), Path("d"), 1.0)
    assert format_table(passing, quiet=True) == ""


def test_json_is_plain_data_with_stable_keys() -> None:
    data = json.loads(json.dumps(run_to_dict(_run())))
    assert data["passed"] is False and data["exit_code"] == 2
    assert data["counts"] == {"passed": 1, "failed": 1, "error": 1, "updated": 0, "unchanged": 0}
    failed = data["results"][1]
    assert failed["name"] == "pricing.html@375" and failed["width"] == 375 and failed["threshold"] == 0.95
    assert failed["mismatches"][0]["candidate_bbox"] == [10, 220, 100, 30]
    assert failed["mismatches"][1]["candidate_bbox"] is None
    assert failed["diff_image"] == "/project/.vl2code/diffs/pricing.html@375.png"
    assert data["skipped"] == [{"file": "draft.html", "reason": "no reference screenshot"}]


def test_exit_codes_follow_the_worst_status() -> None:
    results = _run().results
    assert CheckRun(results[:1], (), Path("d"), 0).exit_code == 0
    assert CheckRun(results[:2], (), Path("d"), 0).exit_code == 1
    assert CheckRun(results, (), Path("d"), 0).exit_code == 2
    assert CheckRun((), (Skipped("a.html", "no reference screenshot"),), Path("d"), 0).exit_code == 0


def test_junit_xml_parses_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "junit.xml"
    write_junit(_run(), path)
    assert path.read_text(encoding="utf-8") == junit_xml(_run())
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    assert {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped", "time")} == {
        "tests": "4",
        "failures": "1",
        "errors": "1",
        "skipped": "1",
        "time": "2.345",
    }
    failure = suite.find("testcase[@name='pricing.html@375']/failure")
    assert failure is not None and failure.get("message") == "score 0.812 < 0.95"
    assert failure.text is not None and '"Team & <Pro>" moved 200 px down' in failure.text
    assert failure.text.endswith("diff image: /project/.vl2code/diffs/pricing.html@375.png")
    error = suite.find("testcase[@name='broken.html']/error")
    assert error is not None and "15 s" in error.get("message", "")
    skipped = suite.find("testcase[@name='draft.html']/skipped")
    assert skipped is not None and skipped.get("message") == "no reference screenshot"
    assert suite.find("testcase[@name='home.html']/failure") is None
