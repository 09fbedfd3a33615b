"""Benchmark: brief quality and speed on the demo corpus. Builds the demo database (or uses
--db), writes the ripple brief and a brief for every story, and reports: key-fact coverage of the
ripple brief against the team's gold list (tests/fixtures/briefs/demo_ripple_key_facts.json),
whether the gold articles are cited, the quality checks of aftershock.briefs.quality for every
brief (repetition, citations, traceability, highlight entailment, length), and build times.
Writes bench/results/briefs.json.

`--snapshot PATH` instead writes the ripple brief's inputs (report, articles, events, stories)
as the frozen fixture the tests read."""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "tests" / "fixtures" / "briefs" / "demo_ripple_key_facts.json"
SNAPSHOT_ARTICLE_FIELDS = ("id", "url", "title", "published", "text", "duplicate_of", "story_id",
                           "source")


def demo_app(db: str | None):
    from aftershock.api import Aftershock
    from aftershock.demo import run_demo
    if db:
        return Aftershock(db), None
    out = Path(tempfile.mkdtemp(prefix="bench-briefs-"))
    t0 = time.perf_counter()
    run_demo(out, echo=lambda *_: None)
    return Aftershock(f"sqlite:///{out / 'demo.db'}"), round(time.perf_counter() - t0, 2)


def demo_ripple_id(app) -> int:
    from aftershock.demo import TRIGGER_QUERY, WATCH_REGION
    return app.ripple(TRIGGER_QUERY, WATCH_REGION, window_days=30)["id"]


def _plain(value):
    return json.loads(json.dumps(value, default=str))


def write_snapshot(app, path: Path) -> None:
    from aftershock.briefs.inputs import ripple_brief_inputs
    report = app.store.ripple(demo_ripple_id(app))["report"]
    articles, events, stories = ripple_brief_inputs(app.store, report)
    report = {k: v for k, v in report.items() if k != "series"}  # unused by briefs, and large
    report["reactions"] = [{k: v for k, v in r.items() if k not in ("links",)}
                           for r in report["reactions"]]
    snapshot = {
        "about": "Frozen inputs of the demo ripple brief (U.S. operation in Venezuela -> Korean "
                 "Peninsula), gathered by aftershock.briefs.inputs.ripple_brief_inputs from a demo "
                 "database. Regenerate: python bench/briefs.py --snapshot " + str(path),
        "ripple": _plain(report),
        "articles": [{k: a.get(k) for k in SNAPSHOT_ARTICLE_FIELDS} for a in _plain(articles)],
        "events": _plain(events),
        "stories": _plain(stories),
    }
    path.write_text(json.dumps(snapshot, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database with the demo corpus run through")
    parser.add_argument("--snapshot", type=Path, help="write the test fixture and stop")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "briefs.json")
    args = parser.parse_args(argv)

    from aftershock.briefs.quality import check_brief, key_fact_coverage
    app, demo_seconds = demo_app(args.db)
    if args.snapshot:
        write_snapshot(app, args.snapshot)
        return 0
    articles = app.store.articles()
    ripple_id = demo_ripple_id(app)
    t0 = time.perf_counter()
    ripple_brief = app.brief_model(ripple_id=ripple_id)
    ripple_seconds = time.perf_counter() - t0
    facts = json.loads(FACTS.read_text(encoding="utf-8"))["facts"]
    coverage = key_fact_coverage(ripple_brief, facts)
    ripple_checks = {k: len(v) for k, v in check_brief(ripple_brief, articles).items()}

    story_seconds, failing, problems_total, highlight_counts = [], {}, 0, []
    stories = app.store.stories()
    for story in stories:
        t0 = time.perf_counter()
        brief = app.brief_model(story_id=story["id"])
        story_seconds.append(time.perf_counter() - t0)
        highlight_counts.append(len(brief["highlights"]))
        problems = {k: v for k, v in check_brief(brief, articles).items() if v}
        if problems:
            failing[story["id"]] = problems
            problems_total += sum(len(v) for v in problems.values())
    result = {
        "demo_pipeline_seconds": demo_seconds,
        "ripple": {
            "key_fact_coverage": coverage["ratio"],
            "stated": coverage["stated"],
            "missing": coverage["missing"],
            "gold_uncited": coverage["uncited_gold"],
            "checks_failed": ripple_checks,
            "seconds": round(ripple_seconds, 3),
            "highlights": len(ripple_brief["highlights"]),
            "sources": len(ripple_brief["sources"]),
        },
        "stories": {
            "count": len(stories),
            "passing_all_checks": len(stories) - len(failing),
            "problems": problems_total,
            "failing": failing,
            "median_seconds": round(statistics.median(story_seconds), 3) if story_seconds else None,
            "max_seconds": round(max(story_seconds), 3) if story_seconds else None,
            "highlights_min": min(highlight_counts, default=0),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"ripple brief: key facts {coverage['ratio']:.0%} ({len(coverage['stated'])}/{len(facts)}),"
        f" missing {coverage['missing'] or 'none'},"
        f" gold uncited {coverage['uncited_gold'] or 'none'},"
        f" check failures {sum(ripple_checks.values())}, {ripple_seconds:.2f}s"
    )
    print(f"story briefs: {len(stories) - len(failing)}/{len(stories)} pass every check, "
          f"median {result['stories']['median_seconds']}s, max {result['stories']['max_seconds']}s")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
