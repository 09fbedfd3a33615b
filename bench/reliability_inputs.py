"""Inputs and row comparisons for bench/reliability.py: the demo articles it runs the stages on,
filler articles for a full disk, the hostile corpus, and what a store holds in natural keys (input
ids, never row ids) so a store after kills can be compared with one after a clean run."""
from __future__ import annotations

import json
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

_WORDS_TEXT = ("harbour minister council storm ferry border trade talks envoy drought market "
               "reform parliament budget treaty court ruling protest rail pipeline embassy summit")
WORDS = _WORDS_TEXT.split()


def write_jsonl(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.writelines(row if isinstance(row, bytes) else json.dumps(row).encode() + b"\n"
                      for row in rows)
    return path


def corpus_rows(n: int) -> list[dict]:
    """`n` demo articles in publication order, from the middle of the corpus (where the Korea
    and Venezuela stories and their background run together)."""
    from aftershock.demo import demo_corpus
    rows = []
    for path in demo_corpus():
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows.sort(key=lambda r: (r["published"], r["id"]))
    start = max(0, min(30, len(rows) - n))
    return rows[start:start + n]


def filler_rows(n: int, words: int, seed: int = 5) -> list[dict]:
    """`n` distinct articles of about `words` random words each."""
    rng = random.Random(seed)
    day = datetime(2025, 6, 1, tzinfo=UTC)
    return [{"id": f"fill-{i}", "url": f"https://filler.example/{i}", "source": "Filler Times",
             "title": f"Filler report {i} on the " + " ".join(rng.sample(WORDS, 4)),
             "published": (day + timedelta(hours=i)).isoformat(),
             "text": " ".join(rng.choice(WORDS) + str(rng.randrange(10**6))
                              for _ in range(words))}
            for i in range(n)]


def hostile_corpus(folder: Path) -> tuple[Path, list[str], int]:
    """A folder of hostile files next to good ones: (the folder, ids of its good articles, how
    many bad records it holds)."""
    folder.mkdir(parents=True, exist_ok=True)
    good = [{"id": f"good-{i}", "url": f"https://good.example/{i}", "source": "Good Gazette",
             "title": f"Seoul and Tokyo hold talks on fisheries, round {i}",
             "published": f"2026-01-0{i + 1}T09:00:00+00:00",
             "text": f"South Korea's foreign minister met Japan's foreign minister in Tokyo on "
                     f"day {i} to discuss fisheries and the safety of ships in the East Sea."}
            for i in range(4)]
    depth = 100_000
    (folder / "nested.json").write_text("[" * depth + "]" * depth)
    nested_line = ('{"id": "nest", "text": ' + '{"a": ' * depth + "1" + "}" * depth + "}\n")
    huge = "9" * 5000
    lines = [
        nested_line.encode(),
        json.dumps(good[0]).encode() + b"\n",
        # 5,000-digit integers: as the id, the date and the text
        f'{{"id": {huge}, "url": "https://bad.example/1", "source": "X", "title": "T", '
        f'"published": "2026-01-02T00:00:00Z", "text": "words here"}}\n'.encode(),
        f'{{"id": "bigdate", "url": "https://bad.example/2", "source": "X", "title": "T", '
        f'"published": {huge}, "text": "words here"}}\n'.encode(),
        f'{{"id": "bigtext", "url": "https://bad.example/3", "source": "X", "title": {huge}, '
        f'"published": "2026-01-02T00:00:00Z", "text": {huge}}}\n'.encode(),
    ]
    (folder / "numbers.jsonl").write_bytes(b"".join(lines))
    dates = [dict(good[1])]
    for i, published in enumerate(["2026-13-45T00:00:00Z", "not a date", "99999-01-01",
                                   "", "0000-00-00", "2026-02-30", "1e400",
                                   "2999-01-01T00:00:00Z",
                                   (datetime.now(UTC) + timedelta(days=800)).isoformat()]):
        dates.append({"id": f"date-{i}", "url": f"https://dates.example/{i}",
                      "source": "Date Desk", "title": f"Dated report {i} on ferry talks",
                      "published": published,
                      "text": f"Ferry talks resumed in the harbour on report {i}."})
    write_jsonl(folder / "dates.jsonl", dates)
    attrs = " ".join(f'a{i}="v"' for i in range(200_000))
    (folder / "attributes.html").write_text(
        f"<html><head><title>Many attributes</title></head><body><p {attrs}>Ferry talks "
        f"resumed in the harbour.</p></body></html>")
    (folder / "binary.txt").write_bytes(bytes(random.Random(3).randrange(256)
                                              for _ in range(20_000)))
    (folder / "good.txt").write_text(
        f"Title: {good[2]['title']}\nSource: Good Gazette\nURL: {good[2]['url']}\n"
        f"Published: {good[2]['published']}\n\n{good[2]['text']}\n")
    write_jsonl(folder / "good.jsonl", [good[3]])
    good_ids = ["good-0", "good-1", "good-3"]  # the .txt one has no id of its own
    n_bad = 1 + 1 + 3 + 9 + 1 + 1  # nested file and line, numbers, dates, html, binary
    return folder, good_ids, n_bad


# what a store holds -------------------------------------------------------------------------------
def _articles(store) -> tuple[Counter, dict]:
    rows = store.articles()
    ext = {a["id"]: a["ext_id"] for a in rows}
    keys = Counter((a["ext_id"], a["canonical_url"], a["title"], a["published"], a["source"],
                    ext.get(a["duplicate_of"]), a["similarity"]) for a in rows)
    return keys, ext


def _events(store, ext: dict) -> Counter:
    return Counter((ext[e["article_id"]], e["event_index"], e["sentence_index"], e["cameo"],
                    e["source_code"], e["target_code"], e["goldstein"], str(e["date"]),
                    e["place"], e["sentence"]) for e in store.events())


def _stories(store) -> dict:
    groups: dict = {}
    for a in store.articles():
        if a["story_id"] is not None:
            groups.setdefault(a["story_id"], set()).add(a["ext_id"])
    rows = {s["id"]: s for s in store.stories()}
    return {frozenset(m): (rows[sid]["headline"], rows[sid]["n_articles"],
                           rows[sid]["n_outlets"], str(rows[sid]["first_seen"]),
                           str(rows[sid]["last_seen"])) if sid in rows else None
            for sid, m in groups.items()}


def _rows(rows) -> Counter:
    return Counter(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True,
                              default=str) for r in rows)


def _diff(got: Counter, want: Counter) -> dict:
    return {"lost": sum((want - got).values()), "doubled": sum((got - want).values())}


def compare_stage(stage: str, url: str, clean_url: str | None, want=None) -> dict:
    """Rows lost, doubled and differing in the store at `url` against the clean store (or, for
    "ingest-set" with `want`, against a list of input ids): for ingest the articles and their
    signatures; for stories each article's story and the story rows; for code the events; for
    signals the series and anomalies."""
    from aftershock.store import Store
    with Store(url, migrate=False) as got:
        if stage == "ingest-set":
            ids = Counter(a["ext_id"] for a in got.articles())
            if want is None:
                with Store(clean_url, migrate=False) as clean:
                    want = [a["ext_id"] for a in clean.articles()]
            found = _diff(ids, Counter(want))
            found["differ"] = abs(got.count("article_minhash") - sum(ids.values()))
            return found
        with Store(clean_url, migrate=False) as clean:
            if stage == "ingest":
                found = _diff(_articles(got)[0], _articles(clean)[0])
                signatures = got.count("article_minhash") - clean.count("article_minhash")
                found["lost"] += max(0, -signatures)
                found["doubled"] += max(0, signatures)
                found["differ"] = abs(got.count("sources") - clean.count("sources"))
                return found
            if stage == "stories":
                mine, theirs = _stories(got), _stories(clean)
                unassigned = len(got.articles(pending_story=True))
                orphans = got.count("stories") - len(mine)  # story rows without an article
                dangling = sum(v is None for v in mine.values())
                return {"lost": unassigned + dangling, "doubled": max(0, orphans),
                        "differ": len(set(mine.items()) ^ set(theirs.items()))}
            if stage == "code":
                found = _diff(_events(got, _articles(got)[1]), _events(clean, _articles(clean)[1]))
                found["lost"] += len(got.articles(pending_coding=True))
                found["differ"] = 0
                return found
            if stage == "signals":
                series = _diff(_rows(got.series()), _rows(clean.series()))
                anomalies = _diff(_rows(got.anomalies()), _rows(clean.anomalies()))
                return {"lost": series["lost"] + anomalies["lost"],
                        "doubled": series["doubled"] + anomalies["doubled"], "differ": 0}
    raise ValueError(f"unknown stage {stage!r}")
