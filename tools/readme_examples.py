"""Regenerate (or check) the README's examples from a real demo run.

The README holds two generated blocks, each between a `<!-- generated: NAME -->` line and the
closing fence of the code block that follows it: `demo-output` (what `aftershock demo` prints,
abridged) and `brief-excerpt` (the demo's ripple brief, its source list abridged).

    python tools/readme_examples.py          # rewrite the blocks in README.md
    python tools/readme_examples.py --check  # exit 1 with a diff when they have drifted

Timings ("[0.25s]") are compared as a pattern, not as numbers.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
TIMING = re.compile(r"\[\d+(?:\.\d+)?s\]")
MARK = re.compile(r"<!-- generated: ([\w-]+) -->\n(```\w*\n)(.*?)(```)", re.DOTALL)
TOP_STORIES, EVIDENCE, SOURCES = 3, 1, 4


def demo_blocks(out_dir: Path | None = None) -> dict[str, str]:
    """Run the demo into a temporary folder and cut the two blocks from what it wrote."""
    from aftershock.demo import run_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = out_dir or Path(tmp) / "demo-out"
        lines: list[str] = []
        result = run_demo(folder, echo=lambda text="": lines.extend(str(text).split("\n")))
        brief = Path(result["brief_md"]).read_text(encoding="utf-8")
    return {"demo-output": _abridge_output(lines, folder),
            "brief-excerpt": _abridge_brief(brief)}


def _abridge_output(lines: list[str], folder: Path) -> str:
    out, section, shown = [], None, 0
    for line in lines:
        line = line.replace(str(folder), "demo-out")
        if line in ("Top stories:", "Key evidence:"):
            section, shown = line, 0
            out.append(line)
            continue
        if section and line.startswith("  "):
            shown += 1
            limit = TOP_STORIES if section == "Top stories:" else EVIDENCE
            if shown <= limit:
                out.append(line if len(line) < 100 else line[:96] + " ...")
            elif shown == limit + 1:
                out.append("  ...")
            continue
        section = None
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _abridge_brief(brief: str) -> str:
    head, _, sources = brief.partition("\n## Sources\n")
    items = [line for line in sources.splitlines() if re.match(r"\d+\. ", line)]
    shown = "\n".join(items[:SOURCES])
    return f"{head.rstrip()}\n\n## Sources\n\n{shown}\n... ({len(items)} sources in all)\n"


def _normalise(text: str) -> str:
    return TIMING.sub("[Ns]", text)


def apply(readme: str, blocks: dict[str, str]) -> str:
    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in blocks:
            return match.group(0)
        return f"<!-- generated: {name} -->\n{match.group(2)}{blocks[name]}{match.group(4)}"
    return MARK.sub(replace, readme)


def drift(readme: str, blocks: dict[str, str]) -> list[str]:
    """Unified diffs of every generated block that no longer matches a fresh run."""
    found = {m.group(1): m.group(3) for m in MARK.finditer(readme)}
    diffs = []
    for name, fresh in blocks.items():
        if name not in found:
            diffs.append(f"README.md has no <!-- generated: {name} --> block")
        elif _normalise(found[name]) != _normalise(fresh):
            diffs.append("".join(difflib.unified_diff(
                found[name].splitlines(True), fresh.splitlines(True),
                f"README.md ({name})", f"demo run ({name})")))
    return diffs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Report drift; change nothing.")
    args = parser.parse_args()
    readme = README.read_text(encoding="utf-8")
    blocks = demo_blocks()
    if args.check:
        diffs = drift(readme, blocks)
        for diff in diffs:
            print(diff)
        if diffs:
            print("README examples drifted: run `make readme` and commit.", file=sys.stderr)
        return 1 if diffs else 0
    README.write_text(apply(readme, blocks), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
