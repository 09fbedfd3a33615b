"""One-off builder of data/coding/cameo.tsv from the CAMEO and PLOVER reference files.

Run: python -m aftershock.coding.build_cameo_table /work/shared/reference
It reads the facts (codes, Goldstein values, CAMEO->PLOVER mapping) and writes
the project's own table; the descriptions are the CAMEO code names, tidied.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

COLUMNS = ["code", "description", "goldstein", "quad", "penta",
           "plover_event", "plover_mode", "plover_context"]
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "coding" / "cameo.tsv"


def quad_class(root: int) -> int:
    """GDELT QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def penta_class(root: int) -> int:
    """Phoenix PentaClass: 0 statements/appeals, 1 verbal coop, 2 material coop, 3 verbal
    conflict, 4 material conflict."""
    if root <= 2:
        return 0
    return quad_class(root)


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, value = line.split("\t", 1)
            rows.append((code.strip(), value.strip()))
    return rows


def _read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    mapping: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")] + ["", "", ""]
        mapping.setdefault(match.group(1), (parts[0], parts[1], parts[2]))
    return mapping


def _plover_for(code: str, plover: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    if code in plover:
        return plover[code]
    if code.startswith("02"):
        # PLOVER folds CAMEO appeals into REQUEST; the 2021 table leaves them out.
        return ("REQUEST", "appeal", "")
    for length in (3, 2):
        if code[:length] in plover:
            return plover[code[:length]]
    return ("", "", "")  # CAMEO 01 statements have no PLOVER event


def build(reference_dir: Path, output: Path = OUTPUT) -> int:
    names = dict(_read_pairs(reference_dir / "CAMEO.eventcodes.txt"))
    goldstein = dict(_read_pairs(reference_dir / "CAMEO.goldsteinscale.txt"))
    plover = _read_plover(reference_dir / "CAMEO2PLOVER-2021.txt")
    lines = ["\t".join(COLUMNS)]
    for code, name in names.items():
        root = int(code[:2])
        description = re.sub(r",? not spec(ified)? below", "", name).strip()
        description = (
            description[:1] + description[1:].lower() if description.isupper() else description
        )
        event, mode, context = _plover_for(code, plover)
        lines.append("\t".join([code, description, goldstein[code], str(quad_class(root)),
                                str(penta_class(root)), event, mode, context]))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


if __name__ == "__main__":
    count = build(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference"))
    print(f"wrote {count} codes to {OUTPUT}")
