"""The VS Code extension end to end, in a real VS Code (code-server) driven through Chromium.

The packaged .vsix is installed into code-server, the workbench is opened with Playwright and the
user's steps are taken through the UI: the command palette, the file dialogs, the quick pick and
the notifications. The language server is the real one (`python -m vl2code serve`) with the
model-free layout backend.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

from tests.vscode.vscode_harness import CodeServer, StartCodeServer
from tests.vscode.vscode_workbench import Workbench

pytestmark = pytest.mark.slow

FIXTURE_IMAGE = Path(__file__).resolve().parents[1] / "fixtures" / "vscode" / "simple-page.png"


def _visible_text(html: str) -> str:
    without_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S | re.I))
    return " ".join(without_tags.split())


def _explain(server: CodeServer, workbench: Workbench) -> str:
    return f"notifications: {workbench.notifications()}\nextension log:\n{server.extension_log()}"


def test_generate_from_screenshot_through_the_palette(
    code_server: StartCodeServer, workbench: Workbench
) -> None:
    server = code_server(
        {"vl2code.backend": "layout", "vl2code.interpreter": sys.executable, "vl2code.refineRounds": 1},
        {"simple-page.png": FIXTURE_IMAGE},
    )
    image = server.workspace / "simple-page.png"
    expected_output = server.workspace / "simple-page.html"
    workbench.open(server.url)

    workbench.run_command("vl2code: Generate from Screenshot")
    workbench.answer_file_dialog(str(image))
    workbench.pick("HTML")
    chosen_output = workbench.answer_file_dialog()

    assert chosen_output == str(expected_output), "the save dialog proposes the image's name with .html"
    try:
        workbench.wait_for_notification("vl2code: generating HTML", timeout_s=60)
        # Errors come as notifications with a "Show Log" button.
        workbench.wait_for_notification("vl2code: wrote simple-page.html", timeout_s=240, failure="Show Log")
    except AssertionError as error:
        raise AssertionError(f"{error}\n{_explain(server, workbench)}") from None

    html = expected_output.read_text(encoding="utf-8")
    text = _visible_text(html)
    assert "Harbor Bakery" in text, html
    assert "bread" in text.lower(), html
    assert html.rstrip().endswith("<!-- vl2code: reference=simple-page.png -->"), "no link to the screenshot"
    workbench.wait_for_tabs("simple-page.html", "Preview: simple-page.html")  # the result and its preview


def test_cancelling_the_progress_notification_stops_the_generation(
    code_server: StartCodeServer, workbench: Workbench
) -> None:
    server = code_server(
        {"vl2code.backend": "layout", "vl2code.interpreter": sys.executable, "vl2code.refineRounds": 5},
        {"simple-page.png": FIXTURE_IMAGE},
    )
    output = server.workspace / "simple-page.html"
    workbench.open(server.url)
    workbench.run_command("vl2code: Generate from Screenshot")
    workbench.answer_file_dialog(str(server.workspace / "simple-page.png"))
    workbench.pick("HTML")
    workbench.answer_file_dialog()

    workbench.wait_for_notification("vl2code: generating HTML", timeout_s=60)
    workbench.click_notification_button("vl2code: generating HTML", "Cancel")

    deadline = time.monotonic() + 30
    while "Generation cancelled." not in server.extension_log() and time.monotonic() < deadline:
        time.sleep(0.25)
    assert "Generation cancelled." in server.extension_log(), _explain(server, workbench)
    time.sleep(3)  # a run that went on would write its output within this time
    assert not output.exists() or output.read_text() == "", "a cancelled run wrote its output"
    assert not any("vl2code: wrote" in seen for seen in workbench.notifications())


def test_pasting_a_screenshot_into_html_generates_code(
    code_server: StartCodeServer, workbench: Workbench, tmp_path: Path
) -> None:
    empty_page = tmp_path / "index.html"
    empty_page.write_text("")
    server = code_server(
        {"vl2code.backend": "layout", "vl2code.interpreter": sys.executable, "vl2code.refineRounds": 0},
        {"index.html": empty_page},
    )
    workbench.open(server.url)
    workbench.open_file("index.html")  # an HTML editor activates the extension and its paste provider
    deadline = time.monotonic() + 60
    while "vl2code extension activated" not in server.extension_log() and time.monotonic() < deadline:
        time.sleep(0.25)

    workbench.paste_image(FIXTURE_IMAGE.read_bytes())

    try:
        workbench.wait_for_notification("vl2code: generating HTML", timeout_s=60, failure="Show Log")
        deadline = time.monotonic() + 120
        while "Harbor Bakery" not in workbench.editor_text() and time.monotonic() < deadline:
            time.sleep(0.5)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{_explain(server, workbench)}") from None
    text = workbench.editor_text()
    assert "Harbor Bakery" in text, f"no generated code pasted: {text!r}\n{_explain(server, workbench)}"
    assert "<!DOCTYPE html>" in text


def test_missing_vl2code_offers_to_install_it(
    code_server: StartCodeServer, workbench: Workbench, tmp_path: Path
) -> None:
    pip_arguments = tmp_path / "pip-arguments.txt"
    python = tmp_path / "bin" / "python-without-vl2code"
    python.parent.mkdir()
    python.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = -c ]; then echo "ModuleNotFoundError: No module named \'vl2code\'" >&2; exit 1; fi\n'
        f"printf '%s\\n' \"$@\" > '{pip_arguments}'\n"
    )
    python.chmod(0o755)
    server = code_server({"vl2code.interpreter": str(python)}, {"simple-page.png": FIXTURE_IMAGE})
    workbench.open(server.url)

    workbench.run_command("vl2code: Show Log")  # activates the extension, which starts the server
    message = workbench.wait_for_notification(f"vl2code is not installed in {python}", timeout_s=60)
    assert "pip install vl2code" in message
    assert "Select Interpreter" in message
    workbench.click_notification_button("vl2code is not installed", "Install vl2code")

    deadline = time.monotonic() + 60
    while not pip_arguments.exists() and time.monotonic() < deadline:
        time.sleep(0.25)
    assert pip_arguments.exists(), f"the terminal did not run pip\n{_explain(server, workbench)}"
    assert pip_arguments.read_text().split() == ["-m", "pip", "install", "vl2code"]
