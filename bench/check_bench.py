"""How long `vl2code check` takes per file, over the Design2Code dev pages.

Each ID.html and ID.png is copied into a temporary folder, the page with a comment linking it
to its screenshot; then one check run covers them all (one browser). Prints the wall time per
file, how the time splits between starting up and checking, and the score distribution.

    .venv/bin/python bench/check_bench.py [--data DIR] [--limit N] [--update-first] [--jobs N]

``--update-first`` first writes the renders as references (a run where every page matches,
which is what a pre-commit hook sees on an unchanged page).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from vl2code.checks import RunOptions, run_checks
from vl2code.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "design2code-dev"


def linked_copies(data: Path, folder: Path, limit: int | None) -> list[Path]:
    """Copy each page and its screenshot, the page with a comment linking the two.

    Copies, so that ``--update-first`` never writes into the shared data set.
    """
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for page in sorted(data.glob("*.html"))[:limit]:
        reference = page.with_suffix(".png")
        if not reference.is_file():
            continue
        shutil.copyfile(reference, folder / reference.name)
        copy = folder / page.name
        comment = f"<!-- vl2code: reference={reference.name} -->\n"
        copy.write_text(comment + page.read_text(encoding="utf-8", errors="replace"), encoding="utf-8")
        copies.append(copy)
    return copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--update-first", action="store_true")
    parser.add_argument("--jobs", type=int, default=1, help="files checked at once (one browser)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vl2code-check-bench-") as temporary:
        folder = Path(temporary)
        pages = linked_copies(args.data, folder / "pages", args.limit)
        settings = Settings()
        settings.check.diff_dir = str(folder / "diffs")
        if args.update_first:
            run_checks(pages, settings, options=RunOptions(update=True), root=folder)
        started = time.perf_counter()
        run = run_checks(pages, settings, options=RunOptions(jobs=args.jobs), root=folder)
        wall_s = time.perf_counter() - started
    per_file = [result.duration_ms for result in run.results]
    scores = [result.score for result in run.results if result.score is not None]
    kind = "references = renders" if args.update_first else "references = the data set's screenshots"
    print(f"pages: {len(pages)}, jobs: {args.jobs} ({kind}; data: {args.data})")
    print(
        f"run wall time: {wall_s:.1f} s = {1000 * wall_s / max(len(pages), 1):.0f} ms per file "
        "(browser start, rendering, comparison, diff images)"
    )
    if per_file:
        print(
            f"per file (render + compare + diff image): mean {statistics.mean(per_file):.0f} ms, "
            f"median {statistics.median(per_file):.0f} ms, max {max(per_file):.0f} ms"
        )
        if args.jobs == 1:
            print(f"start-up and planning: {1000 * wall_s - sum(per_file):.0f} ms")
    if scores:
        print(f"scores: min {min(scores):.3f}, median {statistics.median(scores):.3f}, max {max(scores):.3f}")
    print("statuses:", ", ".join(f"{name} {count}" for name, count in run.counts().items() if count))


if __name__ == "__main__":
    main()
