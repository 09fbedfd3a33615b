"""Bad input gets no events and a warning naming the problem, never a crash; one bad record never
stops the others (the coder and `aftershock code IN -o OUT`)."""
import json
import logging

import pytest
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.coding import Coder
from aftershock.coding.text_checks import MAX_CHARS, text_problem

GOOD = "North Korea's foreign ministry condemned the U.S. raid in Venezuela on Sunday."
SPANISH = ("El gobierno de Venezuela rechazó las acusaciones de Estados Unidos sobre el ataque "
           "del sábado y pidió una reunión del consejo.")
RUSSIAN = "Министерство иностранных дел Северной Кореи осудило операцию США в Венесуэле."
# the good sentence's UTF-8 bytes read as Windows-1252: what a wrong decode produces
MOJIBAKE = ("Pyongyang’s envoy said the “raid” on Caracas was illegal. Seoul’s ministry "
            "urged calm – and Tokyo’s too.").encode().decode("cp1252", errors="replace")
BAD = {
    "empty": ("", "empty"),
    "blank": ("  \n\t ", "empty"),
    "no sentences": ("--- 12 34 ??? ...", "no sentences"),
    "one megabyte": ((GOOD + " ") * (1_000_000 // (len(GOOD) + 1) + 1), "over the coder's limit"),
    "spanish": (SPANISH, "not look like English"),
    "russian": (RUSSIAN, "not in English"),
    "mojibake": (MOJIBAKE, "mojibake"),
    "not a string": (12345, "not a string"),
    "missing": (None, "no text"),
}


@pytest.fixture(scope="module")
def coder():
    return Coder()


@pytest.mark.parametrize("name", list(BAD))
def test_bad_text_gives_no_events_and_a_warning(coder, name, caplog):
    text, problem = BAD[name]
    coder.warnings.clear()
    with caplog.at_level(logging.WARNING, logger="aftershock.coding"):
        results = list(coder.code_documents([{"id": name, "text": text, "date": "2026-01-04"}]))
    assert results == [(name, [])]
    assert len(coder.warnings) == 1
    assert coder.warnings[0]["id"] == name and problem in coder.warnings[0]["warning"]
    assert any(
        problem in record.getMessage() and name in record.getMessage() for record in caplog.records
    )


def test_one_megabyte_text_is_refused_before_parsing(coder):
    parsed = coder.stats["parsed"]
    list(coder.code_documents([{"id": "big", "text": "Japan protested. " * 70_000}]))
    assert coder.stats["parsed"] == parsed
    assert len("Japan protested. " * 70_000) > MAX_CHARS


def test_bad_records_do_not_stop_the_good_ones(coder):
    docs = [{"id": "a", "text": GOOD, "date": "2026-01-04"}]
    docs += [{"id": name, "text": text} for name, (text, _) in BAD.items()]
    docs += [{"id": "z", "text": GOOD, "date": "2026-01-04"}]
    results = dict(coder.code_documents(docs))
    assert list(results) == ["a", *BAD, "z"]
    assert results["a"] and results["z"]
    assert results["a"][0]["cameo"] == results["z"][0]["cameo"] == "111"
    assert all(results[name] == [] for name in BAD)


def test_english_news_passes_the_checks():
    for text in (GOOD, "Japan protested.", "Trump met Xi in Busan on Thursday.",
                 "Iran's Araghchi: talks with E3 'constructive' but sanctions must go"):
        assert text_problem(text) is None, text


def test_code_command_warns_and_codes_the_rest(tmp_path):
    infile, outfile = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [json.dumps({"id": "good", "text": GOOD, "date": "2026-01-04"}),
             json.dumps({"id": "moji", "text": MOJIBAKE}),
             "{not json",
             json.dumps({"id": "es", "text": SPANISH}),
             json.dumps({"id": "good2", "text": "Pyongyang slammed Seoul for the joint drills."})]
    infile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(infile), "-o", str(outfile)])
    events = [json.loads(line) for line in outfile.read_text("utf-8").splitlines()]
    assert {event["id"] for event in events} == {"good", "good2"}
    assert "in.jsonl:3" in result.output  # the unreadable line is named
