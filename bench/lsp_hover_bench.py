"""Latency of a hover on the reference comment while a generation runs in the same server.

Starts `python -m vl2code.server` over stdio, opens a page linked to its reference screenshot,
then times hovers: first with the server idle, then while `vl2code.generateFromScreenshot` runs
(layout backend by default; `--model-dir` uses an in-process model, e.g. the tiny test model).
Prints median and p95 in milliseconds for both.

    .venv/bin/python bench/lsp_hover_bench.py [--hovers 50] [--rounds 6] [--model-dir DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "server"
COMMENT = "<!-- vl2code: reference=designs/login.png -->\n"


def prepare_workspace(folder: Path) -> str:
    """The login page linked to a screenshot of itself, plus the screenshot to generate from."""
    from vl2code.render import Renderer

    page = COMMENT + (FIXTURES / "login.html").read_text()
    (folder / "login.html").write_text(page)
    (folder / "designs").mkdir()
    with Renderer() as renderer:
        renderer.render_html(page, base_dir=folder).image.save(folder / "designs" / "login.png")
    shutil.copy(FIXTURES / "login.png", folder / "shot.png")
    return page


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def time_hover(client: LanguageClient, uri: str) -> float:
    started = time.perf_counter()
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=8)
        )
    )
    assert hover is not None, "the hover on the reference comment came back empty"
    return 1000 * (time.perf_counter() - started)


async def hovers_while(
    client: LanguageClient, uri: str, running: asyncio.Future[Any], limit: int
) -> list[float]:
    latencies: list[float] = []
    while not running.done() and len(latencies) < limit:
        latencies.append(await time_hover(client, uri))
        await asyncio.sleep(0.02)
    return latencies


async def bench(args: argparse.Namespace, folder: Path) -> None:
    page = prepare_workspace(folder)
    options: dict[str, Any] = {"generation": {"backend": "layout"}}
    if args.model_dir:
        options = {
            "model": {
                "draftModel": args.model_dir,
                "refineModel": args.model_dir,
                "allowCpu": True,
                "minPixels": 32 * 32 * 32,
                "maxPixels": 256 * 32 * 32,
            },
            "generation": {"backend": "local", "maxNewTokens": args.max_new_tokens},
        }
    client = LanguageClient("lsp-hover-bench", "1")
    client.feature(types.WORKSPACE_APPLY_EDIT)(lambda params: types.ApplyWorkspaceEditResult(applied=True))
    client.feature("vl2code/generationProgress")(lambda params: None)
    await client.start_io(sys.executable, "-m", "vl2code.server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(
                workspace=types.WorkspaceClientCapabilities(
                    apply_edit=True,
                    workspace_edit=types.WorkspaceEditClientCapabilities(
                        document_changes=True, resource_operations=[types.ResourceOperationKind.Create]
                    ),
                )
            ),
            root_uri=from_fs_path(str(folder)),
            initialization_options=options,
        )
    )
    client.initialized(types.InitializedParams())
    uri = from_fs_path(str(folder / "login.html")) or ""
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="html", version=1, text=page)
        )
    )

    first = await time_hover(client, uri)  # starts the browser, renders and compares once
    idle = [await time_hover(client, uri) for _ in range(args.hovers)]

    generation = asyncio.ensure_future(
        client.workspace_execute_command_async(
            types.ExecuteCommandParams(
                command="vl2code.generateFromScreenshot",
                arguments=[
                    {
                        "image": "shot.png",
                        "outputUri": from_fs_path(str(folder / "out.html")),
                        "options": {"refineRounds": args.rounds, "targetScore": 1.0, "patience": args.rounds},
                    }
                ],
            )
        )
    )
    await asyncio.sleep(0.3)  # let the generation get going
    busy = await hovers_while(client, uri, generation, args.hovers * 4)
    started = time.perf_counter()
    try:
        result = await generation
        outcome = f"backend {result['backend']}, {result['rounds']} rounds, score {result['score']:.3f}"
    except Exception as error:  # the tiny test model writes junk: the run fails, the timing still counts
        outcome = f"failed ({error})"
    tail = time.perf_counter() - started

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()

    print(f"first hover (browser start + render + compare): {first:.0f} ms")
    for label, values in (("idle", idle), ("during generation", busy)):
        if values:
            print(
                f"hover {label:>18}: n={len(values):3d} median {statistics.median(values):6.1f} ms  "
                f"p95 {percentile(values, 0.95):6.1f} ms  max {max(values):6.1f} ms"
            )
        else:
            print(f"hover {label:>18}: no samples (the generation ended first; raise --rounds)")
    print(f"generation: {outcome}; ended {tail:.1f} s after the last hover")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hovers", type=int, default=50, help="hovers timed while idle (default 50)")
    parser.add_argument("--rounds", type=int, default=6, help="refinement rounds of the generation")
    parser.add_argument("--model-dir", help="an in-process model's folder, instead of the layout engine")
    parser.add_argument("--max-new-tokens", type=int, default=256)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vl2code-hover-bench-") as folder:
        asyncio.run(bench(args, Path(folder)))


if __name__ == "__main__":
    main()
