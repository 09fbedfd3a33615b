#!/usr/bin/env python3
"""Validator for the rtrain-a corpus (standard library only)."""
import json, sys, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

arts = []
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line"); continue
        try:
            arts.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: does not parse: {e}")
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))

FIELDS = ["id", "url", "source", "title", "published", "text"]
ids = [a.get("id") for a in arts]
if len(set(ids)) != len(ids): err("duplicate ids")
for i, a in enumerate(arts, 1):
    for k in FIELDS:
        if not a.get(k): err(f"{a.get('id')}: missing {k}")
    if a.get("id") != f"ta-{i:03d}": err(f"id {a.get('id')} out of sequence (expected ta-{i:03d})")
    if ".example/" not in a.get("url", ""): err(f"{a['id']}: url not on .example")
prev = None
for a in arts:
    try:
        dt = datetime.datetime.fromisoformat(a["published"])
        if dt.tzinfo is None: err(f"{a['id']}: published lacks UTC offset")
        if prev is not None and dt < prev: err(f"{a['id']}: not in publication order")
        prev = dt
    except Exception as e:
        err(f"{a.get('id')}: published does not parse: {e}")
    wc = len(a.get("text", "").split())
    if not 120 <= wc <= 380: err(f"{a['id']}: word count {wc} outside 120-380")
    first = a.get("text", "").split("\n\n")[0]
    if "(" + a.get("source", "") + ") — " not in first: err(f"{a['id']}: first paragraph lacks dateline")

id_set = set(ids)
stories = gold.get("stories", {})
for i in ids:
    if i not in stories: err(f"{i}: no story label")
for i in stories:
    if i not in id_set: err(f"stories: unknown id {i}")
storylines = gold.get("storylines", {})
for s in set(stories.values()):
    if s not in storylines: err(f"story {s}: no storyline")
rs = set(gold.get("reaction_stories", []))
for s in rs:
    if s not in set(stories.values()): err(f"reaction story {s} has no articles")
text_by_id = {a["id"]: a["text"] for a in arts}
reaction_articles = set()
for r in gold.get("reactions", []):
    aid = r.get("article_id")
    if aid not in text_by_id: err(f"reaction: unknown article {aid}"); continue
    if r.get("sentence", "") not in text_by_id[aid]: err(f"{aid}: reaction sentence not an exact substring")
    if stories.get(aid) not in rs: err(f"{aid}: story {stories.get(aid)} not in reaction_stories")
    if r.get("actor") not in {"DNK", "FIN", "ISL", "NOR", "SWE"}: err(f"{aid}: actor {r.get('actor')} not Nordic")
    reaction_articles.add(aid)
for aid, s in stories.items():
    if s in rs and aid not in reaction_articles: err(f"{aid}: reaction-story article without a reaction sentence")
trig = gold.get("trigger", {})
for aid in trig.get("origin_article_ids", []):
    if aid not in id_set: err(f"origin id {aid} unknown")
if len(trig.get("alt_queries", [])) != 10: err("trigger needs 10 alt_queries")
for aid in gold.get("analyst_citations", []):
    if aid not in id_set: err(f"citation {aid} unknown")
corpus = "\n".join(a["title"] + "\n" + a["text"] for a in arts)
bf = gold.get("brief_facts", [])
if not 10 <= len(bf) <= 13: err(f"{len(bf)} brief facts (want 10-13)")
for b in bf:
    for k in b.get("keywords", []):
        if k not in corpus: err(f"brief-fact keyword not in corpus: {k!r}")

if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print(f"OK: {len(arts)} articles, {len(set(stories.values()))} stories, "
      f"{len(set(storylines.values()))} storylines, {len(rs)} reaction stories, "
      f"{len(gold.get('reactions', []))} reaction sentences, {len(bf)} brief facts")
