"""A large generated store for the load benchmarks, built in minutes: N articles of generated text
in stories of about ten, their named entities precomputed (no spaCy), M coded events stored
through `Store.replace_events_many`, dyad and region series and anomalies computed by SQL.

    python bench/bigstore.py /tmp/big.db --articles 100000 --events 500000
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from aftershock.store import Store
from aftershock.store import schema as t

_WORDS_TEXT = ("minister talks border trade port storm ministry harbour council vote election "
               "troops strike ceasefire summit sanctions aid drought flood market currency "
               "reform pipeline rail court ruling protest parliament budget treaty envoy visit "
               "exports missile drills navy coast guard refugees embassy")
_COUNTRIES_TEXT = ("USA CHN RUS PRK KOR JPN VEN COL BRA ARG MEX CAN GBR FRA DEU ITA ESP POL UKR "
                   "TUR IRN IRQ ISR PSE EGY SAU QAT IND PAK AFG BGD IDN PHL VNM THA AUS NGA ETH "
                   "KEN ZAF")
WORDS, COUNTRIES = _WORDS_TEXT.split(), _COUNTRIES_TEXT.split()
NAMES = {"USA": "Washington", "CHN": "Beijing", "RUS": "Moscow", "PRK": "Pyongyang",
         "KOR": "Seoul", "JPN": "Tokyo", "VEN": "Caracas"}
CAMEO = [("010", 1, 0.0), ("020", 1, 3.0), ("036", 1, 4.0), ("043", 1, 2.8), ("057", 1, 8.0),
         ("070", 2, 7.0), ("084", 2, 7.0), ("111", 3, -2.0), ("112", 3, -2.0), ("130", 3, -4.4),
         ("138", 3, -7.0), ("163", 3, -8.0), ("173", 4, -5.0), ("190", 4, -10.0),
         ("193", 4, -10.0), ("195", 4, -10.0)]
PLACES = [None, None, None, "Seoul", "Caracas", "Kyiv", "Gaza", "Taipei", "Yellow Sea"]
START = datetime(2025, 1, 1)
DAYS = 365
BATCH = 5000


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(WORDS, k=n))


def build_store(path: Path, n_articles: int, n_events: int, seed: int = 11,
                echo=print) -> dict:
    """Build the store at `path` (a new file); returns how long each part took, in seconds."""
    rng = random.Random(seed)
    timings, t0 = {}, time.perf_counter()
    store = Store(f"sqlite:///{path}")
    n_stories = max(1, n_articles // 10)
    outlets = [store.source_id(f"Bench Outlet {i}") for i in range(40)]
    stories = []
    for s in range(n_stories):
        first = START + timedelta(days=rng.randrange(DAYS), hours=rng.randrange(24))
        countries = sorted(rng.sample(COUNTRIES, rng.randint(1, 4)))
        stories.append({"id": s + 1, "key": f"bench-{s}", "headline": _words(rng, 8).capitalize(),
                        "first_seen": first, "last_seen": first + timedelta(hours=36),
                        "n_articles": 0, "n_outlets": 0, "countries": countries,
                        "entities": [NAMES.get(c, c) for c in countries],  # names, as stored
                        "updated_at": datetime(2026, 1, 1)})
    for a in range(n_articles):
        story = stories[a % n_stories]
        story["n_articles"] += 1
        story["n_outlets"] = min(story["n_articles"], 40)
    with store.begin() as conn:
        conn.execute(insert(t.stories), stories)
    for start in range(0, n_articles, BATCH):
        rows, entities = [], {}
        for a in range(start, min(n_articles, start + BATCH)):
            story = stories[a % n_stories]
            published = story["first_seen"] + timedelta(hours=rng.randrange(36))
            rows.append({
                "id": a + 1, "ext_id": f"b{a}", "source_id": outlets[a % 40],
                "url": f"https://bench{a % 40}.example/{a}", "canonical_url": f"bench{a % 40}/{a}",
                "title": _words(rng, 9).capitalize(), "published": published, "lang": "en",
                "content_hash": f"{a:064x}", "text": _words(rng, rng.randint(120, 260)),
                "story_id": story["id"], "coded_at": published, "ingested_at": published})
            entities[a + 1] = [[name, "GPE"] for name in story["entities"]]  # (text, label)
        with store.begin() as conn:
            conn.execute(insert(t.articles), rows)
        store.save_article_entities(entities)
    timings["articles"] = round(time.perf_counter() - t0, 1)
    echo(f"  {n_articles} articles in {n_stories} stories  [{timings['articles']}s]")
    per_article: dict[int, list] = {}
    for _ in range(n_events):
        article = rng.randrange(n_articles) + 1
        story = stories[(article - 1) % n_stories]
        src, tgt = rng.choice(story["countries"]), rng.choice(COUNTRIES)
        cameo, quad, goldstein = rng.choice(CAMEO)
        per_article.setdefault(article, []).append({
            "sentence_index": len(per_article.get(article, [])),
            "date": (story["first_seen"] + timedelta(days=rng.randrange(2))).date(),
            "sentence": f"{src} {cameo} {tgt} " + _words(rng, 12),
            "source": {"text": src, "code": src + "GOV", "country": src},
            "target": {"text": tgt, "code": tgt, "country": tgt}, "cameo": cameo,
            "root": cameo[:2], "quad": quad, "penta": min(4, quad + 1), "goldstein": goldstein,
            "plover": None, "place": rng.choice(PLACES), "confidence": 0.8,
            "method": "pattern"})
    coded = sorted(per_article.items())
    for start in range(0, len(coded), BATCH):
        store.replace_events_many(coded[start:start + BATCH])
    timings["events"] = round(time.perf_counter() - t0 - timings["articles"], 1)
    echo(f"  {n_events} events  [{timings['events']}s]")
    _series_by_sql(store)
    store.close()
    timings["total"] = round(time.perf_counter() - t0, 1)
    echo(f"  series and anomalies; store built in {timings['total']}s")
    return timings


def _series_by_sql(store: Store) -> None:
    """Dyad and region series (a region: the events of its countries) and count anomalies."""
    from aftershock.signals import load_regions
    sums = ("count(*), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), "
            "sum(goldstein), avg(goldstein), avg(quad >= 3), NULL")
    with store.begin() as conn:
        conn.execute(text(
            "INSERT INTO series (kind, key, date, n, q1, q2, q3, q4, goldstein_sum, "
            f"goldstein_mean, conflict_share, share_of_day) SELECT 'dyad', source_country || "
            f"'>' || target_country, date, {sums} FROM events "
            "WHERE source_country != target_country GROUP BY 2, 3"))
        for region in load_regions().values():
            codes = ", ".join(f"'{c}'" for c in region.countries if c.isalpha())
            conn.execute(text(
                "INSERT INTO series (kind, key, date, n, q1, q2, q3, q4, goldstein_sum, "
                f"goldstein_mean, conflict_share, share_of_day) SELECT 'region', :slug, date, "
                f"{sums} FROM events WHERE source_country IN ({codes}) "
                f"OR target_country IN ({codes}) GROUP BY date").bindparams(slug=region.slug))
        conn.execute(text(
            "INSERT INTO anomalies (kind, key, date, metric, value, baseline, score, event_ids) "
            "SELECT kind, key, date, 'count', n, 1.0, n, '[]' FROM series "
            "WHERE (kind = 'dyad' AND n >= 6) OR (kind = 'region' AND n >= 60)"))
        conn.exec_driver_sql("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500_000)
    args = parser.parse_args()
    if args.path.exists():
        raise SystemExit(f"{args.path} exists: give a new file")
    build_store(args.path, args.articles, args.events)


if __name__ == "__main__":
    main()
