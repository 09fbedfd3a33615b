"""Fuzz run: hypothesis against every reader of outside input (tests/fuzz_targets.py) for a time
budget per target; prints examples run and failures per target, writes bench/results/fuzz.json.

    .venv/bin/python bench/fuzz.py                       # about 30 s a target, 8 targets
    .venv/bin/python bench/fuzz.py --seconds 5 --targets jsonl_reader,feed_extractor

A failure is a reader raising something other than aftershock's own error (or returning a
malformed result); its smallest example is printed and saved."""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import hypothesis
from hypothesis import HealthCheck, given, settings

from tests.fuzz_targets import TARGETS

RESULTS = ROOT / "bench" / "results" / "fuzz.json"
BATCH = 250  # examples per hypothesis run; runs repeat with fresh seeds until time is up


def describe(exc: BaseException) -> list[dict]:
    """One entry per distinct failure (hypothesis groups several into an ExceptionGroup)."""
    if isinstance(exc, BaseExceptionGroup):
        return [d for sub in exc.exceptions for d in describe(sub)]
    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames)
                  if "/aftershock/" in f.filename), frames[-1].name if frames else "?")
    example = "\n".join(note for note in getattr(exc, "__notes__", [])
                        if note.lstrip().startswith(("Failing test case", "Falsifying",
                                                     "You can reproduce")))
    return [{"error": f"{exc.__class__.__name__}: {str(exc)[:300]}", "where": where,
             "example": example[:2000]}]


def fuzz_target(name: str, seconds: float) -> dict:
    strategy, check = TARGETS[name]
    ran = [0]

    def counted(value):
        ran[0] += 1
        check(value)

    started = time.monotonic()
    failures: list[dict] = []
    rounds = 0
    while time.monotonic() - started < seconds and not failures:
        rounds += 1
        test = settings(max_examples=BATCH, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck), print_blob=True)(
            given(strategy)(counted))
        try:
            test()
        except Exception as exc:  # noqa: BLE001 - a fuzz finding is reported, not raised
            failures = describe(exc)
    elapsed = time.monotonic() - started
    return {"examples": ran[0], "seconds": round(elapsed, 1), "rounds": rounds,
            "examples_per_second": round(ran[0] / elapsed, 1) if elapsed else 0,
            "failures": failures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="time budget per target")
    parser.add_argument("--targets", default=",".join(TARGETS),
                        help=f"comma-separated, of: {', '.join(TARGETS)}")
    args = parser.parse_args()
    names = [n.strip() for n in args.targets.split(",") if n.strip()]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown target(s): {', '.join(unknown)}")
    results = {}
    print(f"{'target':18} {'examples':>9} {'seconds':>8} {'per s':>7}  failures")
    for name in names:
        result = results[name] = fuzz_target(name, args.seconds)
        print(f"{name:18} {result['examples']:>9,} {result['seconds']:>8} "
              f"{result['examples_per_second']:>7}  {len(result['failures'])}", flush=True)
        for failure in result["failures"]:
            print(f"    {failure['error']} at {failure['where']}\n    {failure['example'][:500]}")
    total = sum(r["examples"] for r in results.values())
    failed = sum(len(r["failures"]) for r in results.values())
    print(f"{'total':18} {total:>9,}  failures {failed}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "seconds_per_target": args.seconds, "total_examples": total, "total_failures": failed,
        "targets": results, "hypothesis": hypothesis.__version__,
        "python": platform.python_version(),
        "note": "2 shared cores, other engineers' work running: examples per second are noisy",
    }, indent=2) + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
