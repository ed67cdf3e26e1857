"""JUnit XML for CI systems (GitHub, GitLab, Jenkins), which show each file as a test case."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from vl2code.checks.report import WORST_SHOWN
from vl2code.checks.results import CheckResult, CheckRun
from vl2code.fileio import write_atomic

SUITE_NAME = "vl2code check"
CLASS_NAME = "vl2code.check"


def junit_xml(run: CheckRun) -> str:
    """One ``<testsuite>``: a test case per target, skipped files as skipped cases."""
    counts = run.counts()
    suite = ET.Element(
        "testsuite",
        name=SUITE_NAME,
        tests=str(len(run.results) + len(run.skipped)),
        failures=str(counts["failed"]),
        errors=str(counts["error"]),
        skipped=str(len(run.skipped)),
        time=f"{run.duration_ms / 1000:.3f}",
    )
    for result in run.results:
        suite.append(_case(result))
    for item in run.skipped:
        case = ET.SubElement(suite, "testcase", classname=CLASS_NAME, name=item.display, time="0")
        ET.SubElement(case, "skipped", message=item.reason)
    root = ET.Element("testsuites", name=SUITE_NAME)
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _case(result: CheckResult) -> ET.Element:
    case = ET.Element(
        "testcase", classname=CLASS_NAME, name=result.target.name, time=f"{result.duration_ms / 1000:.3f}"
    )
    if result.status in ("failed", "error"):
        element = ET.SubElement(
            case, "failure" if result.status == "failed" else "error", message="; ".join(result.reasons)
        )
        element.text = _failure_text(result)
    score = "-" if result.score is None else f"{result.score:.4f}"
    output = ET.SubElement(case, "system-out")
    summary = f"score {score}, threshold {result.target.threshold:.2f}, reference {result.target.reference}"
    output.text = "\n".join([summary, *result.notes])
    return case


def _failure_text(result: CheckResult) -> str:
    lines = [*result.reasons, *(m.detail for m in result.mismatches[:WORST_SHOWN])]
    if result.diff_image is not None:
        lines.append(f"diff image: {result.diff_image}")
    return "\n".join(lines)


def write_junit(run: CheckRun, path: Path) -> None:
    write_atomic(path, junit_xml(run))
