"""Validate articles.jsonl and gold.json (standard library only)."""
import json, sys, re
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).parent
errors = []
def err(msg):
    errors.append(msg)

arts = []
for n, line in enumerate((HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: blank line"); continue
    try:
        arts.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: does not parse: {e}")

gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
FIELDS = ["id", "url", "source", "title", "published", "text"]
ids, prev = [], None
for a in arts:
    for f in FIELDS:
        if not isinstance(a.get(f), str) or not a.get(f):
            err(f"{a.get('id')}: missing/empty field {f}")
    ids.append(a["id"])
    try:
        dt = datetime.fromisoformat(a["published"])
        if dt.tzinfo is None:
            err(f"{a['id']}: published has no UTC offset")
        else:
            u = dt.astimezone(timezone.utc)
            if prev is not None and u < prev:
                err(f"{a['id']}: out of publication order")
            prev = u
    except ValueError:
        err(f"{a['id']}: published does not parse: {a['published']}")
    wc = len(a["text"].split())
    if not 120 <= wc <= 380:
        err(f"{a['id']}: word count {wc} outside 120-380")
    if not re.match(r"^[A-Z][^()\n]* \([^)]+\) — ", a["text"]):
        err(f"{a['id']}: first paragraph lacks dateline")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", a["url"]):
        err(f"{a['id']}: bad url {a['url']}")

if len(set(ids)) != len(ids):
    err("duplicate ids")
expected = [f"td-{i:03d}" for i in range(1, len(ids) + 1)]
if ids != expected:
    err("ids are not td-001.. in order")

stories = gold["stories"]
storylines = gold["storylines"]
for i in ids:
    if i not in stories:
        err(f"{i}: no story label")
for i in stories:
    if i not in ids:
        err(f"story label for unknown id {i}")
for s in set(stories.values()):
    if s not in storylines:
        err(f"story {s}: no storyline")
for s in gold["reaction_stories"]:
    if s not in set(stories.values()):
        err(f"reaction story {s} has no articles")

by_id = {a["id"]: a for a in arts}
reaction_articles = set()
for r in gold["reactions"]:
    a = by_id.get(r["article_id"])
    if a is None:
        err(f"reaction for unknown id {r['article_id']}"); continue
    reaction_articles.add(a["id"])
    if r["sentence"] not in a["text"]:
        err(f"{a['id']}: reaction sentence not an exact substring")
    if stories[a["id"]] not in gold["reaction_stories"]:
        err(f"{a['id']}: reaction article's story not in reaction_stories")
    if not re.fullmatch(r"[A-Z]{3}", r["actor"]):
        err(f"{a['id']}: bad actor {r['actor']}")
for i in ids:
    if stories[i] in gold["reaction_stories"] and i not in reaction_articles:
        err(f"{i}: article in a reaction story has no reaction sentence")

for i in gold["trigger"]["origin_article_ids"] + gold["analyst_citations"]:
    if i not in by_id:
        err(f"unknown id {i} in trigger/citations")
if len(gold["trigger"]["alt_queries"]) != 10:
    err("alt_queries must have 10 entries")

corpus = "\n".join(a["title"] + "\n" + a["text"] for a in arts)
if not 10 <= len(gold["brief_facts"]) <= 13:
    err("brief_facts must have 10-13 entries")
for bf in gold["brief_facts"]:
    for k in bf["keywords"]:
        if k not in corpus:
            err(f"brief-fact keyword not in corpus: {k!r}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(arts)} articles, {len(set(stories.values()))} stories, "
      f"{len(set(storylines.values()))} storylines, {len(gold['reactions'])} reaction sentences")
