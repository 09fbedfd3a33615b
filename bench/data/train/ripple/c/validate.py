#!/usr/bin/env python3
"""Validate articles.jsonl and gold.json (standard library only)."""
import json, os, re, sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

articles = []
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            articles.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse: {e}")

with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
    gold = json.load(f)

FIELDS = ["id", "url", "source", "title", "published", "text"]
ids = [a.get("id") for a in articles]
if len(set(ids)) != len(ids):
    err("duplicate ids")
prev = None
for i, a in enumerate(articles, 1):
    for k in FIELDS:
        if not isinstance(a.get(k), str) or not a.get(k):
            err(f"{a.get('id')}: missing field {k}")
    if a.get("id") != f"tc-{i:03d}":
        err(f"{a.get('id')}: expected id tc-{i:03d}")
    try:
        dt = datetime.fromisoformat(a["published"])
        if dt.tzinfo is None:
            err(f"{a['id']}: published has no UTC offset")
        else:
            u = dt.astimezone(timezone.utc)
            if prev is not None and u < prev:
                err(f"{a['id']}: out of publication order")
            prev = u
    except (ValueError, KeyError) as e:
        err(f"{a.get('id')}: published does not parse: {e}")
    wc = len(a.get("text", "").split())
    if not 120 <= wc <= 380:
        err(f"{a['id']}: word count {wc} outside 120-380")
    if not re.match(r"^[A-Z][A-Z .'-]+ \(" + re.escape(a.get("source", "")) + r"\) — ", a.get("text", "")):
        err(f"{a['id']}: text does not start with a dateline naming its source")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", a.get("url", "")):
        err(f"{a['id']}: bad url {a.get('url')}")

idset = set(ids)
stories = gold.get("stories", {})
storylines = gold.get("storylines", {})
for i in ids:
    if i not in stories:
        err(f"{i}: no story label")
for k in stories:
    if k not in idset:
        err(f"stories: unknown article id {k}")
for s in set(stories.values()):
    if s not in storylines:
        err(f"story {s}: no storyline")
for s in storylines:
    if s not in set(stories.values()):
        err(f"storylines: story {s} has no article")

text_of = {a["id"]: a["text"] for a in articles}
rs = set(gold.get("reaction_stories", []))
for s in rs:
    if s not in set(stories.values()):
        err(f"reaction story {s} has no article")
react_articles = set()
for r in gold.get("reactions", []):
    aid = r.get("article_id")
    react_articles.add(aid)
    if aid not in text_of:
        err(f"reaction: unknown article {aid}"); continue
    if r.get("sentence", "") not in text_of[aid]:
        err(f"reaction {aid}: sentence not an exact substring: {r.get('sentence')!r}")
    if r.get("actor") not in {"DZA", "EGY", "LBY", "MAR", "TUN"}:
        err(f"reaction {aid}: actor {r.get('actor')} not a watched-region ISO3")
    if stories.get(aid) not in rs:
        err(f"reaction {aid}: story {stories.get(aid)} not in reaction_stories")
for aid, s in stories.items():
    if s in rs and aid not in react_articles:
        err(f"{aid}: in reaction story {s} but has no reaction sentence")

trig = gold.get("trigger", {})
if len(trig.get("alt_queries", [])) != 10:
    err("trigger: need 10 alt_queries")
for aid in trig.get("origin_article_ids", []):
    if aid not in idset:
        err(f"trigger origin {aid} unknown")
for aid in gold.get("analyst_citations", []):
    if aid not in idset:
        err(f"citation {aid} unknown")
try:
    datetime.fromisoformat(trig.get("date", ""))
except ValueError:
    err("trigger date does not parse")

corpus = "\n".join(a.get("title", "") + "\n" + a.get("text", "") for a in articles)
facts = gold.get("brief_facts", [])
if not 10 <= len(facts) <= 13:
    err(f"brief_facts: {len(facts)} facts, expected 10-13")
for bf in facts:
    kws = bf.get("keywords", [])
    if not 2 <= len(kws) <= 3:
        err(f"brief fact has {len(kws)} keywords: {bf.get('fact')}")
    for kw in kws:
        if kw not in corpus:
            err(f"brief-fact keyword not in corpus: {kw!r}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(articles)} articles, {len(set(stories.values()))} stories, "
      f"{len(storylines and set(storylines.values()))} storylines, {len(gold['reactions'])} reaction sentences")
