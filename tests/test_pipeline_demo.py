"""The main job end to end on the demo corpus: every stage through the CLI, then `demo`."""
import json
import re

import pytest
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.demo import demo_corpus, run_demo
from aftershock.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def pipeline(request, tmp_path_factory):
    """Run the stage commands in order on a fresh store on each backend, as a user would."""
    tmp = tmp_path_factory.mktemp("pipeline")
    if request.param == "sqlite":
        db = f"sqlite:///{tmp / 'news.db'}"
    else:
        db = request.getfixturevalue("pg_url_module")
    runner = CliRunner()
    outputs = {}
    steps = [
        ("ingest", ["ingest", *map(str, demo_corpus())]),
        ("stories", ["stories"]),
        ("code", ["code"]),
        ("signals", ["signals"]),
        ("ripple", ["ripple", "--trigger", "Maduro captured by U.S. forces in Caracas",
                    "--watch", "Korean Peninsula", "--format", "json"]),
    ]
    for name, args in steps:
        result = runner.invoke(main, [*args, "--db", db])
        assert result.exit_code == 0, f"{name}: {result.output}"
        outputs[name] = result.stdout  # (the ripple prints its trigger choice on stderr)
    ripple = json.loads(outputs["ripple"])
    brief_md = tmp / "brief.md"
    for fmt, path in (("md", brief_md), ("html", tmp / "brief.html"),
                      ("json", tmp / "brief.json")):
        result = runner.invoke(main, ["brief", "--ripple", str(ripple["id"]), "--format", fmt,
                                      "-o", str(path), "--db", db])
        assert result.exit_code == 0, result.output
    yield {"db": db, "out": outputs, "ripple": ripple, "tmp": tmp}



def test_each_stage_reports_its_work(pipeline):
    out = pipeline["out"]
    assert re.search(r"stored 1[5-9]\d", out["ingest"])
    assert "stories created" in out["stories"]
    n_events = int(re.search(r"(\d+) events", out["code"]).group(1))
    assert n_events > 150
    assert "anomalies" in out["signals"]


def test_rerunning_stages_adds_nothing(pipeline):
    store = Store(pipeline["db"])
    before = (store.count("articles"), store.count("stories"), store.count("events"))
    runner = CliRunner()
    for args in (["ingest", *map(str, demo_corpus())], ["stories"], ["code"]):
        result = runner.invoke(main, [*args, "--db", pipeline["db"]])
        assert result.exit_code == 0, result.output
    assert (store.count("articles"), store.count("stories"), store.count("events")) == before


def test_ripple_json_contract(pipeline):
    ripple = pipeline["ripple"]
    assert isinstance(ripple["id"], int)
    assert "Maduro" in ripple["trigger"]["headline"] or "Venezuela" in \
        ripple["trigger"]["headline"]
    assert ripple["region"]["slug"] == "korean-peninsula"
    for key in ("reactions", "shifts", "evidence"):
        assert isinstance(ripple[key], list)
    assert ripple["reactions"] and ripple["evidence"]
    store = Store(pipeline["db"])
    for item in ripple["evidence"]:
        article = store.article(item["article_id"])
        assert article is not None and article["url"] == item["url"]
    for reaction in ripple["reactions"]:
        actors = reaction["actors"]
        countries = {(actors.get(side) or {}).get("country") for side in ("source", "target")}
        assert countries & {"PRK", "KOR"}, reaction["sentence"]
        assert reaction["link"]["why"]


def _cited_sentences(md: str) -> list[str]:
    body = md.split("## Sources")[0]
    return [s for s in re.split(r"(?<=\])\s+", body) if re.search(r"\[\d+\]", s)]


def test_brief_names_the_key_facts_with_citations(pipeline):
    md = (pipeline["tmp"] / "brief.md").read_text()
    sentences = _cited_sentences(md)
    needs = {
        "capture of Maduro": lambda s: "Maduro" in s and re.search(r"captur|seiz", s),
        "North Korea's condemnation": lambda s: "North Korea" in s and "condemn" in s,
        "missile launch": lambda s: "missile" in s and ("North Korea" in s or "Pyongyang" in s),
    }
    for what, test in needs.items():
        assert any(test(s) for s in sentences), f"brief does not state the {what} with a source"


@pytest.mark.xfail(strict=True, reason=(
    "known gap since reactions are a learned decision (issue 18): the demo brief gives South "
    "Korea's three places to its peaceful-resolution call, its request to Washington and its "
    "condemnation of the January 28 launch; the task-force sentence is coded VEN->KOR and "
    "ranks sixth. Strict: this fails loudly once the brief states the measures again."))
def test_brief_names_seouls_measures_for_its_nationals(pipeline):
    sentences = _cited_sentences((pipeline["tmp"] / "brief.md").read_text())
    # Seoul's measures for its nationals in Venezuela, however the brief words them
    assert any(re.search(r"crisis|task force|evacuat", s) and re.search(
        r"nationals|South Koreans", s) for s in sentences)


def test_every_citation_points_to_a_listed_source(pipeline):
    brief = json.loads((pipeline["tmp"] / "brief.json").read_text())
    numbers = {s["n"] for s in brief["sources"]}
    assert numbers == set(range(1, len(numbers) + 1))
    store = Store(pipeline["db"])
    for source in brief["sources"]:
        assert store.article(source["article_id"])["url"] == source["url"]
    cited = set()
    for section in brief["sections"]:
        for paragraph in section["paragraphs"]:
            for sentence in paragraph["sentences"]:
                assert sentence["citations"], sentence["text"]
                cited |= set(sentence["citations"])
    assert cited <= numbers
    html = (pipeline["tmp"] / "brief.html").read_text()
    assert "<script" not in html.lower() and "http://" not in html.split("<body")[0]


def test_demo_command_writes_the_brief(tmp_path):
    lines = []
    result = run_demo(tmp_path / "out", echo=lines.append)
    assert result["brief_md"].exists() and result["brief_html"].exists()
    printed = "\n".join(lines)
    assert "Top stories:" in printed and "Key evidence:" in printed
    assert str(result["brief_md"]) in printed


def test_story_brief_cites_its_own_articles(pipeline):
    store = Store(pipeline["db"])
    story = store.stories()[0]
    result = CliRunner().invoke(main, ["brief", "--story", str(story["id"]), "--format", "json",
                                       "--db", pipeline["db"]])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.output)
    members = {a["id"] for a in store.articles(story_ids=[story["id"]])}
    assert brief["sources"] and {s["article_id"] for s in brief["sources"]} <= members
    assert 3 <= len(brief["highlights"]) <= 5


def test_unknown_story_region_and_ripple_are_named(pipeline):
    runner = CliRunner()
    db = ["--db", pipeline["db"]]
    result = runner.invoke(
        main, ["ripple", "--trigger", "99999", "--watch", "Korean Peninsula", *db]
    )
    assert result.exit_code == 1 and "no story with id 99999" in result.output
    result = runner.invoke(main, ["ripple", "--trigger", "Maduro", "--watch", "Atlantis", *db])
    assert result.exit_code == 1 and "Atlantis" in result.output
    result = runner.invoke(main, ["brief", "--ripple", "4242", *db])
    assert result.exit_code == 1 and "no ripple with id 4242" in result.output
