"""The packaged CAMEO table: every code has a Goldstein value, QuadClass, PentaClass and PLOVER."""
from pathlib import Path

import pytest

from aftershock.coding import cameo_info
from aftershock.coding.cameo import cameo_table

REFERENCE = Path("/work/shared/reference/CAMEO.eventcodes.txt")


def _expected_quad(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def test_every_code_has_goldstein_quad_and_penta():
    table = cameo_table()
    assert len(table) >= 300
    for code, info in table.items():
        root = int(code[:2])
        assert -10.0 <= info.goldstein <= 10.0
        assert info.quad == _expected_quad(root)
        assert info.penta == (0 if root <= 2 else _expected_quad(root))


def test_all_twenty_roots_present():
    assert {code[:2] for code in cameo_table()} == {f"{root:02d}" for root in range(1, 21)}


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared CAMEO reference not on this machine")
def test_table_covers_every_reference_code():
    reference = {
        line.split("\t")[0] for line in REFERENCE.read_text().splitlines()[1:] if line.strip()
    }
    assert reference <= set(cameo_table())


def test_known_values():
    assert cameo_info("111").goldstein == -2.0
    assert cameo_info("195").quad == 4 and cameo_info("195").penta == 4
    assert cameo_info("042").plover_event == "CONSULT"
    assert cameo_info("020").penta == 0 and cameo_info("020").plover_event == "REQUEST"
    assert cameo_info("173").root == "17"


def test_unknown_subcode_falls_back_to_parent_and_unknown_root_raises():
    assert cameo_info("1959").code == "195"
    with pytest.raises(KeyError):
        cameo_info("99")
