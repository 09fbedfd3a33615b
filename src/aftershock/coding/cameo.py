"""CAMEO event codes: Goldstein value, QuadClass, PentaClass and PLOVER mapping per code."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def data_path(name: str):
    """A file of the packaged coding data (aftershock/data/coding/NAME)."""
    return resources.files("aftershock").joinpath("data", "coding", name)


# PentaClass -> the CAMEO roots it holds (DESIGN.md: 0: 01-02, 1: 03-05, 2: 06-08, 3: 09-13,
# 4: 14-20), the commonest first.
PENTA_ROOTS: dict[int, tuple[str, ...]] = {
    0: ("01", "02"), 1: ("04", "03", "05"), 2: ("07", "06", "08"),
    3: ("11", "12", "13", "10", "09"), 4: ("19", "17", "18", "14", "15", "16", "20"),
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    description: str
    goldstein: float
    quad: int
    penta: int
    plover_event: str
    plover_mode: str
    plover_context: str

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes of the packaged table, keyed by code string ("0211", "19", ...)."""
    text = data_path("cameo.tsv").read_text("utf-8")
    table = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        table[row["code"]] = CameoCode(
            code=row["code"], description=row["description"], goldstein=float(row["goldstein"]),
            quad=int(row["quad"]), penta=int(row["penta"]), plover_event=row["plover_event"],
            plover_mode=row["plover_mode"], plover_context=row["plover_context"])
    return table


def cameo_info(code: str) -> CameoCode:
    """The CameoCode for a code; unknown sub-codes fall back to their parent (KeyError if no
    root)."""
    table = cameo_table()
    code = str(code).strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    raise KeyError("unknown CAMEO code")
