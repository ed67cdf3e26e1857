"""Planning a check run: which files, which reference, which width and threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from vl2code.checks import plan_checks
from vl2code.errors import InputError
from vl2code.settings import Settings, load_settings


def _write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _png(path: Path, width: int = 320) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (width, 200), "white").save(path)
    return path


LINKED = "<!-- vl2code: reference=shot.png -->"


def test_search_finds_linked_pages_and_skips_tool_folders(tmp_path: Path) -> None:
    for folder in ("", "sub/", ".git/", "node_modules/x/", ".venv/", ".vl2code/"):
        _write(tmp_path / f"{folder}page.html", LINKED)
        _png(tmp_path / f"{folder}shot.png")
    _write(tmp_path / "unlinked.htm", "<p>no reference</p>")
    _write(tmp_path / "flow.drawio", LINKED)
    _write(tmp_path / "notes.txt", LINKED)
    plan = plan_checks([], Settings(), root=tmp_path)
    assert [t.display for t in plan.targets] == ["flow.drawio", "page.html", "sub/page.html"]
    assert [t.kind for t in plan.targets] == ["drawio", "html", "html"]
    assert plan.skipped == ()


def test_named_files_without_a_reference_are_skipped_with_a_note(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.html", "<p>hi</p>")
    notes = _write(tmp_path / "README.md", "# hi")
    plan = plan_checks([page, notes], Settings(), root=tmp_path)
    assert plan.targets == ()
    assert [(s.display, s.reason) for s in plan.skipped] == [
        ("page.html", "no reference screenshot"),
        ("README.md", "not an HTML or draw.io file"),
    ]


def test_missing_reference_is_an_error_naming_it_unless_updating(tmp_path: Path) -> None:
    _write(tmp_path / "a.html", LINKED)
    _write(tmp_path / "b.html", LINKED)
    with pytest.raises(
        InputError, match=r"a\.html: reference screenshot .*shot\.png does not exist \(and 1 more\)"
    ):
        plan_checks([], Settings(), root=tmp_path)
    assert len(plan_checks([], Settings(), root=tmp_path, update=True).targets) == 2


def test_missing_file_argument(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        plan_checks([tmp_path / "nope.html"], Settings(), root=tmp_path)


def test_threshold_comment_then_glob_then_global(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vl2code.check]\nthreshold = 0.7\n[tool.vl2code.check.thresholds]\n"strict/*.html" = 0.99\n',
        encoding="utf-8",
    )
    _png(tmp_path / "shot.png")
    _png(tmp_path / "strict" / "shot.png")
    _write(tmp_path / "plain.html", LINKED)
    _write(tmp_path / "strict" / "a.html", LINKED)
    _write(tmp_path / "strict" / "own.html", "<!-- vl2code: reference=shot.png threshold=0.5 -->")
    plan = plan_checks([], load_settings(start=tmp_path, environ={}), root=tmp_path)
    assert {t.display: t.threshold for t in plan.targets} == {
        "plain.html": 0.7,
        "strict/a.html": 0.99,
        "strict/own.html": 0.5,
    }


def test_widths_use_per_width_references_when_present(tmp_path: Path) -> None:
    _write(tmp_path / "page.html", LINKED)
    _write(tmp_path / "flow.drawio", LINKED)
    _png(tmp_path / "shot.png", 1280)
    _png(tmp_path / "shot@375.png", 375)
    settings = Settings()
    settings.check.widths = [375, 1280]
    plan = plan_checks([], settings, root=tmp_path)
    assert [(t.name, t.reference.name) for t in plan.targets] == [
        ("flow.drawio", "shot.png"),
        ("page.html@375", "shot@375.png"),
        ("page.html@1280", "shot.png"),
    ]
    updating = plan_checks([], settings, root=tmp_path, update=True)
    assert [t.reference.name for t in updating.targets] == ["shot.png", "shot@375.png", "shot@1280.png"]
