"""Store-path story benchmark: `Aftershock.build_stories()` over stores of N generated articles.

The articles are the demo corpus replicated and perturbed: replica r is the whole demo corpus
(170 articles over 59 days) shifted `--shift-days` * r later, so replicas overlap like a real
stream: 170 articles per shift, by default 170 a day once 59 replicas overlap (10,030 articles;
density grows until then, then stays flat, so sizes from 10k on compare like for like). Each
replica has its own word map: every name not in the gazetteer (a
capitalised word no country, capital or leader reading finds) becomes an invented name, 70% of
the other word types become invented words, and numbers change. Within a replica the map is
one and the same, so its stories hold together as the demo's do; across replicas the texts
share little, so replicas do not chain into one story.

For each size: a fresh SQLite store, the N articles ingested (timed apart), then one
`build_stories()` (the named-entity pass included: no article carries entities) timed in wall
and CPU seconds, with the NER share measured by wrapping the entity parser; then 1,000 more
articles (the generator's next ones, later in time) ingested and a second `build_stories()`:
the incremental case. Each size runs in its own process, and its peak RSS is counted afresh
(Linux) just before each `build_stories()`: the stage's own, not the generator's or the
ingest's.

    python bench/stories_store.py --sizes 10000,20000,50000
Writes bench/results/stories_store.json (and bench/stories.py copies it in as `store_path`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "stories_store.json"
INCREMENT = 1_000
SYLLABLES = ["ka", "ri", "to", "mu", "sen", "dar", "vel", "bo", "lin", "gra", "pa", "zu", "mer",
             "tol", "fin", "ost", "rav", "ne", "il", "quo", "bex", "dro", "sha", "wen"]
KEEP = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "the", "a", "an", "and", "or", "of", "in", "on", "at",
        "to", "for", "by", "with", "from", "said", "says", "is", "was", "were", "are", "has",
        "had", "have", "be", "been", "it", "its", "as", "that", "this", "but", "not", "after",
        "before", "he", "she", "they", "we", "i", "his", "her", "their", "who", "which", "will",
        "would", "could", "also", "than", "into", "over", "about", "up", "out", "more", "no"}
TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*")
WORD_SHARE = 0.7  # of the lowercase word types each replica replaces


def _hash(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(map(str, parts)).encode(),
                                          digest_size=8).digest(), "big")


def _invented(seed: int, syllables: int) -> str:
    out = []
    for _ in range(syllables):
        out.append(SYLLABLES[seed % len(SYLLABLES)])
        seed //= len(SYLLABLES)
    return "".join(out)


class Perturber:
    """One replica's consistent rewrite of words, names and numbers."""

    def __init__(self, replica: int, year_shift: int, is_place_word):
        self.replica, self.year_shift, self.is_place_word = replica, year_shift, is_place_word
        self.cache: dict[str, str] = {}

    def word(self, token: str) -> str:
        found = self.cache.get(token)
        if found is None:
            found = self.cache[token] = self._rewrite(token)
        return found

    def _rewrite(self, token: str) -> str:
        r = self.replica
        if token[0].isdigit():
            digits = token.replace(",", "")
            if re.fullmatch(r"(19|20)\d\d", digits):  # a year moves with the replica's dates
                return str(int(digits) + self.year_shift)
            if not digits.isdigit():
                return token
            value = int(digits)
            return str(value + 1 + _hash(r, token) % max(3, value // 3 + 1)) if value else token
        lower = token.lower()
        if lower in KEEP or len(token) <= 2:
            return token
        if token[0].isupper():
            if self.is_place_word(token):
                return token
            return _invented(_hash("name", r, lower), 3).title()
        if _hash("word", r, lower) % 1000 >= WORD_SHARE * 1000:
            return token
        return _invented(_hash("word", r, lower), 2 + len(token) // 4)

    def text(self, text: str) -> str:
        return TOKEN.sub(lambda m: self.word(m.group(0)), text)


def demo_articles() -> list[dict]:
    from aftershock.demo import demo_corpus
    return [json.loads(line) for path in demo_corpus()
            for line in path.read_text("utf-8").splitlines() if line.strip()]


def generate(n_articles: int, shift_days: float, start: int = 0, entities: dict | None = None):
    """Articles start..n_articles-1 of the replicated stream, in publication order of replicas
    (replica r = articles r*170 .. r*170+169, the demo shifted by r * shift_days). With
    `entities` (the demo articles' NER by id), each article carries its demo article's entities
    rewritten by the replica's map: a stand-in for the parse, for profiling the rest."""
    from aftershock.coding.actors import countries_in
    from aftershock.gazetteer.countries import COUNTRIES, country_terms
    base = demo_articles()
    country_words = {word for code in COUNTRIES for term in country_terms(code)
                     for word in term.split()}
    place_cache: dict[str, bool] = {}

    def is_place_word(token: str) -> bool:  # words of country names, capitals, leaders
        if token not in place_cache:
            place_cache[token] = (token in country_words or bool(countries_in(token))
                                  or bool(countries_in(token.title())))
        return place_cache[token]

    per = len(base)
    for replica in range(start // per, (n_articles + per - 1) // per):
        shift = timedelta(days=replica * shift_days)
        year_shift = int(replica * shift_days // 365)
        perturb = Perturber(replica, year_shift, is_place_word)
        for position, article in enumerate(base):
            number = replica * per + position
            if number < start or number >= n_articles:
                continue
            published = datetime.fromisoformat(article["published"]) + shift
            extra = {} if entities is None else {"entities": [
                [perturb.text(text), label] for text, label in entities[article["id"]]]}
            yield {**extra, "id": f"r{replica}-{article['id']}",
                   "url": f"{article['url']}?replica={replica}",
                   "source": article["source"], "title": perturb.text(article["title"]),
                   "published": published.isoformat(), "text": perturb.text(article["text"])}


def demo_entities() -> dict[str, list]:
    """spaCy's entities of the demo articles (one parse of 170 articles)."""
    from aftershock.coding.named_entities import article_entities
    docs = demo_articles()
    article_entities(docs)
    return {d["id"]: d["entities"] for d in docs}


def store_given_entities(app, articles: list[dict]) -> None:
    """Save the generated articles' stand-in entities under their stored ids."""
    given = {a["id"]: a["entities"] for a in articles}
    app.store.save_article_entities({a["id"]: given[a["ext_id"]] for a in
                                     app.store.articles(pending_story=True)
                                     if a["ext_id"] in given})


def write_jsonl(path: Path, articles) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article) + "\n")
            count += 1
    return count


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the NER worker processes of
    [stories] ner_processes > 1 are joined when their batch ends)."""
    spent = os.times()
    return spent.user + spent.system + spent.children_user + spent.children_system


def peak_rss_mb() -> float:
    """This process's peak RSS since `reset_peak_rss` (Linux: VmHWM), else since it started."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def reset_peak_rss() -> None:
    """Start counting the peak RSS afresh (Linux), so the stage's own peak is reported and
    not the generator's or the ingest's; elsewhere the peak stays the process's."""
    import gc
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def worker_peak_rss_mb() -> float:
    """Peak RSS of the largest finished child (an NER worker process), 0 when none ran."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def children_cpu_seconds() -> float:
    spent = os.times()
    return spent.children_user + spent.children_system


class NerTimer:
    """Counts the named-entity parse (coding/named_entities.py): the texts submitted; the wall
    seconds the stage spent parsing in its own process or waiting for the worker processes
    (a parse that ran while the stage clustered costs no wall time here); and its CPU seconds,
    in this process plus the worker processes (counted when they are joined)."""

    def __init__(self):
        from aftershock.coding import named_entities
        self.wall = self.cpu = 0.0
        self.texts = 0
        self.children = children_cpu_seconds()
        submit, get, parse = (named_entities.EntityParser.submit, named_entities.ParseJob.get,
                              named_entities._parse)
        timer, main = self, os.getpid()

        def timed_submit(parser, texts):
            texts = list(texts)
            timer.texts += len(texts)
            return timer.wait(submit, parser, texts)

        def timed_parse(texts, nlp=None):
            cpu = time.process_time()
            try:
                return parse(texts, nlp)
            finally:
                if os.getpid() == main:  # a worker's parse is counted as the worker's CPU
                    timer.cpu += time.process_time() - cpu

        named_entities.EntityParser.submit = timed_submit
        named_entities.ParseJob.get = lambda job: timer.wait(get, job)
        named_entities._parse = timed_parse

    def wait(self, call, *args):
        wall = time.perf_counter()
        try:
            return call(*args)
        finally:
            self.wall += time.perf_counter() - wall

    def take(self) -> dict:
        children = children_cpu_seconds()
        found = {"ner_seconds": round(self.wall, 2),
                 "ner_cpu_seconds": round(self.cpu + children - self.children, 2),
                 "ner_texts": self.texts}
        self.wall = self.cpu = 0.0
        self.texts = 0
        self.children = children
        return found


def timed_stories(app, ner: NerTimer, profile: Path | None = None) -> dict:
    wall, cpu = time.perf_counter(), cpu_seconds()
    if profile is not None:
        import cProfile
        profiler = cProfile.Profile()
        line = profiler.runcall(app.build_stories)
        profiler.dump_stats(str(profile))
    else:
        line = app.build_stories()
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    return {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "report": line,
            **ner.take(), "load_average": os.getloadavg()[0]}


def generator_bcubed(db: Path) -> float:
    """B-cubed F1 of the stored stories against the generator's own: each replica's copy of a
    demo article belongs to that replica's copy of the article's gold story."""
    from stories_score import score

    from aftershock.demo import demo_gold
    gold_of = demo_gold()["stories"]
    predicted, gold = {}, {}
    with sqlite3.connect(db) as conn:
        for ext_id, story in conn.execute("SELECT ext_id, story_id FROM articles"):
            replica, _, demo_id = ext_id.partition("-")
            if demo_id in gold_of:
                predicted[ext_id], gold[ext_id] = str(story), f"{replica}:{gold_of[demo_id]}"
    return round(score(predicted, gold)["bcubed_f1"], 4)


def use_stage_settings(chunk: int | None, ner_processes: int | None) -> dict:
    """Put [stories] chunk_articles / ner_processes in force when given; the values in force."""
    from aftershock.config import replace, settings, use_settings
    current = settings()
    changes = {k: v for k, v in (("chunk_articles", chunk), ("ner_processes", ner_processes))
               if v is not None}
    if changes:
        current = replace(current, stories=replace(current.stories, **changes))
        use_settings(current)
    return {"chunk_articles": current.stories.chunk_articles,
            "ner_processes": current.stories.ner_processes}


def one_size(n_articles: int, shift_days: float, workdir: Path,
             profile: Path | None = None, given: bool = False,
             stage: dict | None = None) -> dict:
    """Build, ingest and cluster one store (run in a process of its own). `given`: the articles
    carry stand-in entities (stored before the run), so the parse is left out. `stage`:
    [stories] chunk_articles and ner_processes to put in force (None: the defaults)."""
    from aftershock.api import Aftershock
    from aftershock.coding.coder import load_model
    in_force = use_stage_settings(**(stage or {"chunk": None, "ner_processes": None}))
    load_model()  # the model load is start-up, not the stage
    ner = NerTimer()
    db = workdir / f"store-{n_articles}.db"
    app = Aftershock(f"sqlite:///{db}")
    entities = demo_entities() if given else None
    first = workdir / f"first-{n_articles}.jsonl"
    articles = list(generate(n_articles, shift_days, entities=entities))
    write_jsonl(first, articles)
    started = time.perf_counter()
    app.ingest([str(first)])
    ingest_seconds = time.perf_counter() - started
    if given:
        store_given_entities(app, articles)
    ner.take()
    stored = app.store.count("articles")
    del articles  # the generated copies are the bench's, not the stage's
    reset_peak_rss()
    run = timed_stories(app, ner, profile)
    run.update(articles=stored, articles_per_second=round(stored / run["seconds"], 1),
               articles_per_cpu_second=round(stored / run["cpu_seconds"], 1),
               articles_per_cpu_second_without_ner=round(
                   stored / max(run["cpu_seconds"] - run["ner_cpu_seconds"], 1e-9), 1),
               peak_rss_mb=round(peak_rss_mb(), 1),
               ner_worker_peak_rss_mb=round(worker_peak_rss_mb(), 1),
               bcubed_vs_generator=generator_bcubed(db))
    more = workdir / f"more-{n_articles}.jsonl"
    articles = list(generate(n_articles + INCREMENT, shift_days, n_articles, entities))
    write_jsonl(more, articles)
    app.ingest([str(more)])
    if given:
        store_given_entities(app, articles)
    added = app.store.count("articles") - stored
    del articles
    reset_peak_rss()
    again = timed_stories(app, ner)
    again.update(articles=added, articles_per_second=round(added / again["seconds"], 1),
                 articles_per_cpu_second=round(added / again["cpu_seconds"], 1),
                 peak_rss_mb=round(peak_rss_mb(), 1))
    n_stories = app.store.count("stories")
    app.close()
    with sqlite3.connect(db) as conn:  # how big the stories grew (replicas must not chain)
        largest = [n for (n,) in conn.execute(
            "SELECT count(*) FROM articles GROUP BY story_id ORDER BY 1 DESC LIMIT 5")]
    return {"articles": n_articles, "shift_days": shift_days, "entities_given": given,
            **in_force,
            "ingest_seconds": round(ingest_seconds, 1), "stories": n_stories,
            "first_run": run, "incremental_run": again,
            "largest_stories": largest}


def run_sizes(sizes: list[int], shift_days: float, profile_size: int | None = None,
              given: bool = False, stage_options: list[str] = (), log=print) -> dict:
    """Each size in a child process (clean peak RSS); results in order."""
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "row.json"
            command = [sys.executable, str(Path(__file__).resolve()), "--one", str(n),
                       "--shift-days", str(shift_days), "--workdir", tmp, "--row", str(out)]
            command += (["--given-entities"] if given else []) + list(stage_options)
            if profile_size == n:
                command += ["--profile", str(Path(tempfile.gettempdir())
                                             / f"stories_store-{n}{'-given' * given}.prof")]
            subprocess.run(command, check=True)
            row = json.loads(out.read_text("utf-8"))
        rows.append(row)
        f, i = row["first_run"], row["incremental_run"]
        log(f"store path {n:>7} articles: {f['articles_per_second']:6.1f} articles/s wall, "
            f"{f['articles_per_cpu_second']:6.1f} per CPU-s ({f['cpu_seconds']:.0f} CPU-s, NER "
            f"{f['ner_cpu_seconds']:.0f} CPU-s; "
            f"{f['articles_per_cpu_second_without_ner']:.0f}/CPU-s "
            f"without it), peak RSS {f['peak_rss_mb']:.0f} MB, {row['stories']} stories, B-cubed "
            f"{f['bcubed_vs_generator']:.3f}; "
            f"+{i['articles']}: {i['seconds']:.1f} s wall, {i['cpu_seconds']:.1f} CPU-s "
            f"(load {f['load_average']:.1f})", flush=True)
    return {"generator": "demo corpus replicated: replica r shifted r * shift_days, names, "
                         "numbers and 70% of word types rewritten per replica",
            "machine_note": "2 shared cores, other jobs running: CPU figures are the steadier",
            "sizes": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,50000")
    parser.add_argument("--shift-days", type=float, default=1.0)
    parser.add_argument("--profile-size", type=int, default=None,
                        help="write a cProfile of this size's first run to the temp folder")
    parser.add_argument("--given-entities", action="store_true",
                        help="articles carry stand-in entities: time everything but the parse")
    parser.add_argument("--chunk", type=int, default=None,
                        help="[stories] chunk_articles for the run (default: the setting)")
    parser.add_argument("--ner-processes", type=int, default=None,
                        help="[stories] ner_processes for the run (default: the setting)")
    parser.add_argument("--label", default="",
                        help="results go under MODE_LABEL (say, one_batch for --chunk 1000000)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--row", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        row = one_size(args.one, args.shift_days, args.workdir, args.profile,
                       args.given_entities, {"chunk": args.chunk,
                                             "ner_processes": args.ner_processes})
        args.row.write_text(json.dumps(row), encoding="utf-8")
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    options = [f"--{name}={value}" for name, value in (("chunk", args.chunk),
                                                        ("ner-processes", args.ner_processes))
               if value is not None]
    result = run_sizes(sizes, args.shift_days, args.profile_size, args.given_entities, options)
    if not args.no_write:  # one entry per mode: with the parse, and with stand-in entities
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        stored = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
        mode = ("entities_given" if args.given_entities else "with_ner") \
            + (f"_{args.label}" if args.label else "")
        earlier = {row["articles"]: row for row in stored.get(mode, {}).get("sizes", [])}
        earlier.update({row["articles"]: row for row in result["sizes"]})  # sizes run apart
        stored[mode] = {**result, "sizes": [earlier[n] for n in sorted(earlier)]}
        RESULTS.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
