"""The pre-commit hook in a real git repository: a drifting page cannot be committed.

Uses a `repo: local` hook with `language: system` whose entry is the installed `vl2code`
console script, so nothing is downloaded; PRE_COMMIT_HOME, HOME and git's identity point into
the temporary folder so the user's own configuration plays no part.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from vl2code.render import Renderer

pytestmark = pytest.mark.slow

VL2CODE = Path(sys.executable).with_name("vl2code")
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

HOOK_CONFIG = """\
repos:
  - repo: local
    hooks:
      - id: vl2code-visual-diff
        name: vl2code visual diff
        entry: {entry} check
        language: system
        files: \\.(html?|drawio)$
        require_serial: true
"""


@pytest.fixture
def repo(tmp_path: Path, project_settings: str) -> tuple[Path, dict[str, str]]:
    if not VL2CODE.is_file() or not PRE_COMMIT.is_file() or shutil.which("git") is None:
        pytest.skip("needs git, pre-commit and the vl2code console script in this environment")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "VL2CODE_"))},
        "HOME": str(home),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test Author",
        "GIT_AUTHOR_EMAIL": "author@example.com",
        "GIT_COMMITTER_NAME": "Test Author",
        "GIT_COMMITTER_EMAIL": "author@example.com",
    }
    work = tmp_path / "site"
    work.mkdir()
    _git(work, env, "init", "--quiet", "--initial-branch=main")
    (work / ".pre-commit-config.yaml").write_text(HOOK_CONFIG.format(entry=VL2CODE), encoding="utf-8")
    (work / ".gitignore").write_text(".vl2code/\n", encoding="utf-8")
    (work / "pyproject.toml").write_text(project_settings, encoding="utf-8")
    subprocess.run([str(PRE_COMMIT), "install"], cwd=work, env=env, check=True, capture_output=True)
    return work, env


def _git(work: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=work, env=env, capture_output=True, text=True, timeout=300)


def _commit(work: Path, env: dict[str, str], message: str) -> tuple[int, str]:
    """Stage everything and commit; the exit code and what git and the hooks printed."""
    _git(work, env, "add", "-A")
    done = _git(work, env, "commit", "-m", message)
    return done.returncode, done.stdout + done.stderr


def test_hook_accepts_matching_pages_refuses_drift_and_update_fixes_it(
    repo: tuple[Path, dict[str, str]], check_fixtures: Path, layout_break: tuple[str, str]
) -> None:
    work, env = repo
    page = work / "pricing.html"
    shutil.copy(check_fixtures / "pricing.html", page)
    (work / "designs").mkdir()
    with Renderer() as renderer:
        renderer.render_file(page).image.save(work / "designs" / "pricing.png")

    code, output = _commit(work, env, "Add the pricing page")
    assert code == 0, output
    assert re.search(r"vl2code visual diff\.+Passed", output), output

    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(*layout_break), encoding="utf-8")
    code, output = _commit(work, env, "Stack the plans")
    assert code != 0
    assert re.search(r"vl2code visual diff\.+Failed", output), output
    assert re.search(r"^pricing\.html .* FAIL ", output, re.MULTILINE), output
    diff = work / ".vl2code" / "diffs" / "pricing.html.png"
    assert diff.is_file() and Image.open(diff).width > Image.open(work / "designs" / "pricing.png").width
    assert _git(work, env, "log", "--oneline").stdout.count("\n") == 1

    updated = subprocess.run(
        [str(VL2CODE), "check", "--update", "pricing.html"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert updated.returncode == 0 and "updated" in updated.stdout, updated.stdout + updated.stderr
    code, output = _commit(work, env, "Stack the plans, with the new design")
    assert code == 0, output
    assert not diff.exists()
    committed = _git(work, env, "show", "--name-only", "--format=", "HEAD").stdout.split()
    assert sorted(committed) == ["designs/pricing.png", "pricing.html"]
