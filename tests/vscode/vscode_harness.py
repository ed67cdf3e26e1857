"""A real VS Code for the extension's end-to-end tests: code-server with the built .vsix installed.

scripts/setup_vscode_e2e.sh provides node 24 and code-server (cached in editors/vscode/.e2e); the
extension is built and packaged with npm when its sources are newer than the .vsix; each
code-server gets its own user data, extensions folder and workspace, and XDG_* / TMPDIR point into
the test's temporary folder so that nothing lands in $HOME.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vl2code.render.browser import CONTAINER_ARGS, SYSTEM_BROWSERS

REPO = Path(__file__).resolve().parents[2]
EXTENSION_DIR = REPO / "editors" / "vscode"
SETUP_SCRIPT = REPO / "scripts" / "setup_vscode_e2e.sh"
VSIX = EXTENSION_DIR / "vl2code.vsix"

#: User settings that keep the workbench quiet: no welcome page, trust prompt, tips or updates.
USER_SETTINGS = {
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "workbench.welcomePage.walkthroughs.openOnInstall": False,
    "security.workspace.trust.enabled": False,
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "update.mode": "none",
    "chat.disableAIFeatures": True,
}

#: Flags Debian's Chromium needs headless as root, without connections of its own.
CHROMIUM_FLAGS = list(CONTAINER_ARGS)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    """Runs a command; its output goes into the error when it fails."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return done.stdout


@dataclass(frozen=True)
class CodeServerInstall:
    node_bin: Path
    code_server: Path


def install_code_server() -> CodeServerInstall:
    """Runs the setup script (a no-op once its cache is filled) and reads where things are."""
    output = run(["bash", str(SETUP_SCRIPT)], cwd=REPO)
    paths = dict(line.split("=", 1) for line in output.splitlines() if "=" in line)
    return CodeServerInstall(node_bin=Path(paths["node_bin"]), code_server=Path(paths["code_server"]))


def build_vsix() -> Path:
    """The packaged extension, rebuilt when a source is newer than the .vsix."""
    sources = [EXTENSION_DIR / name for name in ("package.json", "package-lock.json", "esbuild.mjs")]
    sources += (EXTENSION_DIR / "src").rglob("*.ts")
    if VSIX.exists() and VSIX.stat().st_mtime >= max(path.stat().st_mtime for path in sources):
        return VSIX
    if not (EXTENSION_DIR / "node_modules").is_dir():
        run(["npm", "ci", "--no-audit", "--no-fund"], cwd=EXTENSION_DIR)
    run(["npm", "run", "package"], cwd=EXTENSION_DIR)
    return VSIX


def find_chromium() -> str | None:
    """VL2CODE_E2E_BROWSER, else a Chromium on PATH; None means Playwright's own Chromium."""
    configured = os.environ.get("VL2CODE_E2E_BROWSER")
    if configured:
        return configured
    for name in SYSTEM_BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class CodeServer:
    """A running code-server: open ``url`` in a browser to get the workbench on ``workspace``."""

    url: str
    workspace: Path
    user_data: Path
    log: Path
    process: subprocess.Popen[bytes]
    scratch: Path

    def extension_log(self) -> str:
        """The extension's output channel ("vl2code"), for failure messages."""
        logs = sorted(self.user_data.glob("logs/*/exthost*/vl2code.vl2code/vl2code.log"))
        return "\n".join(path.read_text(errors="replace")[-4000:] for path in logs)

    def stop(self) -> None:
        """SIGTERM to the whole process group (code-server, extension host, language server), then SIGKILL."""
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        except ProcessLookupError:
            pass
        shutil.rmtree(self.scratch, ignore_errors=True)


#: The `code_server` fixture: workspace settings and files (name -> source) in, a running server out.
StartCodeServer = Callable[[dict[str, object], dict[str, Path]], "CodeServer"]


def start_code_server(
    install: CodeServerInstall,
    vsix: Path,
    folder: Path,
    workspace_settings: dict[str, object],
    files: dict[str, Path],
) -> CodeServer:
    """Installs the extension and starts code-server on a new workspace under ``folder``."""
    # Chromium and code-server put Unix sockets in TMPDIR and XDG_RUNTIME_DIR: those paths must stay
    # short (a socket path has at most 107 bytes), so they live in /tmp rather than in pytest's folder.
    short = Path(tempfile.mkdtemp(prefix="vl2code-e2e-", dir="/tmp" if os.path.isdir("/tmp") else None))
    dirs = {name: folder / "xdg" / name for name in ("config", "data", "cache")}
    dirs |= {"runtime": short / "run", "tmp": short / "tmp"}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["runtime"].chmod(0o700)
    env = {
        **os.environ,
        "PATH": f"{install.node_bin}{os.pathsep}{os.environ.get('PATH', '')}",
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]),
        "TMPDIR": str(dirs["tmp"]),
    }
    user_data = folder / "user-data"
    (user_data / "User").mkdir(parents=True)
    (user_data / "User" / "settings.json").write_text(json.dumps(USER_SETTINGS, indent=2))
    workspace = folder / "workspace"
    (workspace / ".vscode").mkdir(parents=True)
    (workspace / ".vscode" / "settings.json").write_text(json.dumps(workspace_settings, indent=2))
    for name, source in files.items():
        shutil.copy(source, workspace / name)
    config = folder / "code-server.yaml"
    config.write_text("auth: none\ncert: false\n")
    common = [
        "--user-data-dir",
        str(user_data),
        "--extensions-dir",
        str(folder / "extensions"),
        "--config",
        str(config),
    ]
    code_server = str(install.code_server)
    run([code_server, *common, "--install-extension", str(vsix)], cwd=folder, env=env, timeout=120)

    port = _free_port()
    log = folder / "code-server.log"
    process = subprocess.Popen(
        [
            code_server,
            *common,
            "--bind-addr",
            f"127.0.0.1:{port}",
            "--auth",
            "none",
            "--disable-telemetry",
            "--disable-update-check",
            "--disable-workspace-trust",
            str(workspace),
        ],
        cwd=folder,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = CodeServer(
        url=f"http://127.0.0.1:{port}/?folder={workspace}",
        workspace=workspace,
        user_data=user_data,
        log=log,
        process=process,
        scratch=short,
    )
    try:
        _wait_until_healthy(f"http://127.0.0.1:{port}/healthz", process, log)
    except RuntimeError:
        server.stop()
        raise
    return server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            raise RuntimeError(f"code-server exited with {process.returncode}:\n{output}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"code-server did not answer within {timeout} s:\n{log.read_text(errors='replace')}")
