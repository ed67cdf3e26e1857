"""Reference links: comments in HTML and draw.io files, and globs in settings files."""

from __future__ import annotations

from pathlib import Path

import pytest

from vl2code.errors import InputError, SettingsError
from vl2code.references import ReferenceLink, glob_matches, reference_for
from vl2code.settings import Settings, load_settings


def test_html_comment_is_relative_to_the_files_folder(tmp_path: Path) -> None:
    page = tmp_path / "site" / "home.html"
    text = "<html>\n  <!-- vl2code: reference=../designs/home.png -->\n<body></body></html>"
    link = reference_for(page, text, Settings())
    assert link == ReferenceLink((tmp_path / "designs" / "home.png").resolve(), "comment", (1, 2, 49), None)
    line = text.splitlines()[1]
    assert line[2:49] == "<!-- vl2code: reference=../designs/home.png -->"


def test_comment_threshold_and_quoted_path_with_spaces(tmp_path: Path) -> None:
    text = '<!--vl2code: threshold=0.85 reference="my designs/home page.png"-->'
    link = reference_for(tmp_path / "a.html", text, Settings())
    assert link is not None
    assert link.path == (tmp_path / "my designs" / "home page.png").resolve()
    assert link.threshold == 0.85
    assert link.range == (0, 0, len(text))


def test_drawio_xml_comment(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0"?>\n<mxfile>\n<!-- vl2code: reference=flow.png -->\n'
        '<diagram name="p"><mxGraphModel/></diagram></mxfile>'
    )
    link = reference_for(tmp_path / "flow.drawio", text, Settings())
    assert link is not None and link.path == (tmp_path / "flow.png").resolve()
    assert link.range is not None and link.range[0] == 2


def test_other_comments_and_files_without_a_link(tmp_path: Path) -> None:
    text = "<!-- vl2code is great --><!-- reference=x.png --><p>hi</p>"
    assert reference_for(tmp_path / "a.html", text, Settings()) is None


@pytest.mark.parametrize("comment", ["threshold=high", "threshold=1.5", "treshold=0.8 reference=a.png"])
def test_bad_comments_name_the_file_and_line(tmp_path: Path, comment: str) -> None:
    text = f"<html>\n<!-- vl2code: reference=a.png {comment} -->"
    with pytest.raises(InputError, match=r"a\.html:2: "):
        reference_for(tmp_path / "a.html", text, Settings())


def _project(tmp_path: Path, table: str) -> Settings:
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname='x'\n{table}", encoding="utf-8")
    return load_settings(start=tmp_path, environ={})


def test_settings_globs_are_relative_to_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _project(
        tmp_path,
        """
[tool.vl2code.references]
"pages/**/*.html" = "designs/{path}.png"
[tool.vl2code.check.references]
"pages/special.html" = "designs/special-{stem}.png"
"*.drawio" = "shots/{name}.png"
""",
    )
    monkeypatch.chdir(tmp_path / "..")  # the current folder must not matter
    nested = tmp_path / "pages" / "shop" / "cart.html"
    assert reference_for(nested, "", settings) == ReferenceLink(
        (tmp_path / "designs" / "pages" / "shop" / "cart.png").resolve(), "settings"
    )
    special = reference_for(tmp_path / "pages" / "special.html", "", settings)
    assert special is not None and special.path == (tmp_path / "designs" / "special-special.png").resolve()
    diagram = reference_for(tmp_path / "docs" / "flow.drawio", "", settings)
    assert diagram is not None and diagram.path == (tmp_path / "shots" / "flow.drawio.png").resolve()
    assert reference_for(tmp_path / "other" / "x.html", "", settings) is None
    assert reference_for(tmp_path.parent / "outside.html", "", settings) is None


def test_comment_beats_settings_and_keeps_its_threshold(tmp_path: Path) -> None:
    settings = _project(tmp_path, '[tool.vl2code.references]\n"*.html" = "designs/{stem}.png"\n')
    page = tmp_path / "a.html"
    from_comment = reference_for(page, "<!-- vl2code: reference=mine.png -->", settings)
    assert from_comment is not None and from_comment.source == "comment"
    assert from_comment.path == (tmp_path / "mine.png").resolve()
    threshold_only = reference_for(page, "<!-- vl2code: threshold=0.5 -->", settings)
    assert threshold_only == ReferenceLink((tmp_path / "designs" / "a.png").resolve(), "settings", None, 0.5)


def test_unknown_placeholder_is_a_settings_error(tmp_path: Path) -> None:
    settings = _project(tmp_path, '[tool.vl2code.references]\n"*.html" = "designs/{folder}.png"\n')
    with pytest.raises(SettingsError, match=r"\{folder\}"):
        reference_for(tmp_path / "a.html", "", settings)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.html", "a/b/c.html", True),
        ("*.html", "a/b/c.htm", False),
        ("pages/*.html", "pages/a.html", True),
        ("pages/*.html", "pages/sub/a.html", False),
        ("pages/**/*.html", "pages/a.html", True),
        ("pages/**/*.html", "pages/x/y/a.html", True),
        ("pages/**", "pages/x/y/a.html", True),
        ("./pages/a.htm?", "pages/a.html", True),
        ("[!x]*.html", "a.html", True),
        ("[!x]*.html", "x.html", False),
        ("a+b.html", "a+b.html", True),
    ],
)
def test_glob_matching(pattern: str, path: str, expected: bool) -> None:
    assert glob_matches(pattern, path) is expected
