"""`aftershock demo`: the whole main job on the bundled demo corpus, in a fresh database."""
from __future__ import annotations

import time
from importlib.resources import files
from pathlib import Path

TRIGGER_QUERY = "U.S. forces capture Maduro in Venezuela operation"
WATCH_REGION = "korean-peninsula"


def demo_corpus() -> list[Path]:
    folder = files("aftershock") / "data" / "demo"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.startswith("articles")
                  and p.name.endswith(".jsonl"))


def demo_gold() -> dict:
    """The gold files shipped beside the corpus: story labels (one happening and its coverage),
    storyline labels (the longer thread a story belongs to), duplicate pairs, key events and
    reaction links (trigger story label, region, article, sentence text, reacting actor).
    How the labels were made: docs/story-labels.md."""
    import json
    folder = files("aftershock") / "data" / "demo"
    gold = {"stories": {}, "storylines": {}, "duplicates": [], "events": [], "reactions": []}
    for p in sorted(folder.iterdir(), key=lambda p: p.name):
        if p.name.startswith("gold") and p.name.endswith(".json"):
            part = json.loads(p.read_text(encoding="utf-8"))
            gold["stories"].update(part.get("stories", {}))
            gold["storylines"].update(part.get("storylines", {}))
            gold["duplicates"] += part.get("duplicates", [])
            gold["events"] += part.get("events", [])
            gold["reactions"] += part.get("reactions", [])  # gold-reactions.json: ripple links
    return gold


def run_demo(out_dir: Path, echo=print) -> dict:
    """Build out_dir/demo.db from the demo corpus, run every stage, write the ripple brief."""
    from .api import Aftershock
    from .ripple.render import shift_count_line
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    app = Aftershock(f"sqlite:///{db_path}")
    timings = {}

    def stage(name, fn, describe=None):
        t0 = time.perf_counter()
        result = fn()
        timings[name] = round(time.perf_counter() - t0, 2)
        line = describe(result) if describe else result if isinstance(result, str) \
            else result.summary()
        echo(f"{line}  [{timings[name]}s]")
        return result

    stage("ingest", lambda: app.ingest([str(p) for p in demo_corpus()]))
    stage("stories", app.build_stories)
    stage("code", app.code_events)
    stage("signals", app.compute_signals)
    report = stage("ripple", lambda: app.ripple(TRIGGER_QUERY, WATCH_REGION),
                   lambda r: f"ripple: {len(r['reactions'])} reactions, "
                             f"{shift_count_line(r)}, {len(r['evidence'])} evidence items")

    echo("\nTop stories:")
    for s in app.stories()[:8]:
        echo(f"  #{s['id']:<4} {s['n_articles']:>2} articles, {s['n_outlets']} outlets  "
             f"{s['headline']}")
    echo(f"\nRipple #{report['id']}: {report['trigger']['headline']} -> "
         f"{report['region']['name']}")
    echo("Key evidence:")
    for item in report["evidence"][:6]:
        echo(f"  {item['date']}  {item['outlet']}: {item['sentence'][:110]}")
    brief_md = out_dir / "brief.md"
    brief_html = out_dir / "brief.html"
    brief_md.write_text(app.brief(ripple_id=report["id"], fmt="md"), encoding="utf-8")
    brief_html.write_text(app.brief(ripple_id=report["id"], fmt="html"), encoding="utf-8")
    echo(f"\nBrief written to {brief_md} and {brief_html}")
    return {"db": db_path, "ripple": report, "brief_md": brief_md, "brief_html": brief_html,
            "timings": timings}

