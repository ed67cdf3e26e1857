"""`vl2code eval DIR --generate`: a folder of screenshots converted against a server, then scored."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PIL import Image

from tests.pipeline.scripted_server import ScriptedChatServer

PAGE = (
    "<!DOCTYPE html><html><body style='margin:40px;font-family:sans-serif'>"
    "<h1>Quarterly report</h1><p>Revenue grew in every region.</p></body></html>"
)


def run_eval(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vl2code", "eval", *args],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, **env},
    )


def test_generates_every_screenshot_concurrently_and_scores_it(tmp_path, renderer):
    shots = tmp_path / "shots"
    shots.mkdir()
    screenshot = renderer.render_html(PAGE).image
    for name in ("a", "b", "c"):
        screenshot.save(shots / f"{name}.png")
    out, report = tmp_path / "out", tmp_path / "report.json"
    server = ScriptedChatServer([PAGE], delay_s=0.5)
    env = {
        "VL2CODE_OPENAI_BASE_URL": server.base_url,
        "VL2CODE_OPENAI_MODEL": "m",
        "VL2CODE_OPENAI_CONCURRENCY": "3",
    }
    with server.running():
        done = run_eval(
            str(shots),
            "--generate",
            "--backend",
            "openai",
            "--refine",
            "0",
            "--out",
            str(out),
            "--json",
            str(report),
            env=env,
        )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "b.html", "c.html"]
    pages = json.loads(report.read_text())["pages"]
    assert set(pages) == {"a", "b", "c"}
    assert all(page["score"] > 0.9 and page["generation"]["backend"] == "openai" for page in pages.values())
    assert server.max_in_flight >= 2, "pages are sent to the server concurrently"
    assert "3 at a time" in done.stderr


def test_existing_outputs_are_refused_before_any_work(tmp_path):
    shots, out = tmp_path / "shots", tmp_path / "out"
    shots.mkdir()
    out.mkdir()
    Image.new("RGB", (64, 64), "white").save(shots / "a.png")
    (out / "a.html").write_text("mine")
    done = run_eval(str(shots), "--generate", "--backend", "layout", "--out", str(out), env={})
    assert done.returncode == 2
    assert "already exists" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert (out / "a.html").read_text() == "mine"
