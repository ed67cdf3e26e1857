"""`vl2code SHOT -o OUT` as a user runs it: a subprocess, real files, real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.pipeline.scripted_server import ScriptedChatServer

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "landing.png"


def vl2code(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    environ = {**os.environ, **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "vl2code", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environ,
        **kwargs,
    )


def test_existing_output_is_refused_and_untouched(tmp_path):
    out = tmp_path / "page.html"
    out.write_text("my work")
    process = vl2code(str(EXAMPLE), "-o", str(out), "--backend", "layout")
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "already exists" in stderr and len(stderr.strip().splitlines()) == 1
    assert out.read_text() == "my work"


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    not_image = tmp_path / "notes.png"
    not_image.write_text("hello")
    for args in (
        ["missing.png", "-o", str(tmp_path / "a.html")],
        [str(not_image), "-o", str(tmp_path / "a.html")],
        [str(EXAMPLE), "-o", str(tmp_path / "a.txt")],
    ):
        process = vl2code(*args, "--backend", "layout")
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 2, stderr
        assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("vl2code: error:")


def test_ctrl_c_during_generation_leaves_no_output(tmp_path):
    out = tmp_path / "page.html"
    server = ScriptedChatServer(["<html><body>late</body></html>"], delay_s=30)
    with server.running():
        process = vl2code(
            str(EXAMPLE),
            "-o",
            str(out),
            "--backend",
            "openai",
            env={"VL2CODE_OPENAI_BASE_URL": server.base_url, "VL2CODE_OPENAI_MODEL": "m"},
            # As in a terminal: a test run started in the background inherits SIGINT ignored.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert server.request_seen.wait(60), process.stderr.read() if process.poll() is not None else ""
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 130, stderr
    assert not out.exists()
    assert not list(tmp_path.iterdir()), "no temporary file is left behind either"
