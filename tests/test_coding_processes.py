"""Coding in several processes gives the same events, order, warnings and counts as one process."""
from pathlib import Path

from aftershock.coding import Coder

SENTENCES = [
    line
    for line in (Path(__file__).parent / "fixtures" / "coding" / "speed_sentences.txt")
    .read_text("utf-8")
    .splitlines()
    if line and not line.startswith("#")
]


def _docs():
    docs = [{"id": f"s{i}", "text": " ".join(SENTENCES[i:i + 3]), "date": "2026-01-04"}
            for i in range(0, 60, 3)]
    docs.insert(5, {"id": "empty", "text": ""})
    docs.insert(11, {"id": "spanish", "text": "El gobierno de Venezuela rechazó las acusaciones de "
                                               "Estados Unidos sobre el ataque del sábado."})
    return docs


def test_two_processes_match_one():
    one = Coder(n_process=1)
    expected = list(one.code_documents(_docs()))
    two = Coder(n_process=2)
    got = list(two.code_documents(iter(_docs())))  # a generator, as the pipeline passes
    assert [doc_id for doc_id, _ in got] == [doc["id"] for doc in _docs()]
    assert got == expected
    assert sum(len(events) for _, events in got) > 10
    assert sorted(w["id"] for w in two.warnings) == ["empty", "spanish"]
    assert two.stats == one.stats
