#!/usr/bin/env python3
"""Standard-library validator for the rtrain-b corpus."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

arts = []
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            arts.append(json.loads(line))
        except Exception as e:
            err("line %d does not parse: %s" % (n, e))
with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
    gold = json.load(f)

FIELDS = ("id", "url", "source", "title", "published", "text")
by_id, prev = {}, None
for i, a in enumerate(arts, 1):
    for k in FIELDS:
        if not isinstance(a.get(k), str) or not a.get(k):
            err("%s: missing field %s" % (a.get("id"), k))
    aid = a.get("id")
    if aid in by_id:
        err("duplicate id %s" % aid)
    by_id[aid] = a
    if aid != "tb-%03d" % i:
        err("id %s out of sequence (expected tb-%03d)" % (aid, i))
    try:
        dt = datetime.datetime.fromisoformat(a["published"])
        if dt.utcoffset() is None:
            err("%s: published has no UTC offset" % aid)
        if prev and dt < prev:
            err("%s: not in publication order" % aid)
        prev = dt
    except Exception as e:
        err("%s: published does not parse: %s" % (aid, e))
    wc = len(a["text"].split())
    if not 120 <= wc <= 380:
        err("%s: word count %d outside 120-380" % (aid, wc))
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", a["url"]):
        err("%s: bad url %s" % (aid, a["url"]))
    if not re.match(r"^[A-Z][A-Z .,'’A-Za-z-]* \(%s\) — " % re.escape(a["source"]), a["text"]):
        err("%s: text does not start with a dateline naming its source" % aid)

stories, storylines = gold["stories"], gold["storylines"]
for aid in by_id:
    if aid not in stories:
        err("%s has no story label" % aid)
for aid in stories:
    if aid not in by_id:
        err("story label for unknown article %s" % aid)
for s in set(stories.values()):
    if s not in storylines:
        err("story %s has no storyline" % s)

rs = set(gold["reaction_stories"])
for s in rs:
    if s not in set(stories.values()):
        err("reaction story %s has no articles" % s)
reacted = set()
for r in gold["reactions"]:
    a = by_id.get(r["article_id"])
    if a is None:
        err("reaction on unknown article %s" % r["article_id"]); continue
    if r["sentence"] not in a["text"]:
        err("%s: reaction sentence not an exact substring" % r["article_id"])
    if stories.get(r["article_id"]) not in rs:
        err("%s: reaction article's story not in reaction_stories" % r["article_id"])
    if not re.fullmatch(r"[A-Z]{3}", r.get("actor", "")):
        err("%s: bad actor code" % r["article_id"])
    reacted.add(r["article_id"])
for aid, s in stories.items():
    if s in rs and aid not in reacted:
        err("%s in a reaction story has no reaction sentence" % aid)

for aid in gold["trigger"]["origin_article_ids"] + gold["analyst_citations"]:
    if aid not in by_id:
        err("unknown id %s in trigger/citations" % aid)
if len(gold["trigger"]["alt_queries"]) != 10:
    err("alt_queries should have 10 entries")

corpus = "\n".join(a["title"] + "\n" + a["text"] for a in arts)
if not 10 <= len(gold["brief_facts"]) <= 13:
    err("brief_facts should have 10-13 entries")
for bf in gold["brief_facts"]:
    for kw in bf["keywords"]:
        if kw not in corpus:
            err("brief-fact keyword not in corpus: %r" % kw)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: %d articles, %d stories, %d storylines, %d reaction stories, %d reaction sentences"
      % (len(arts), len(set(stories.values())), len(set(storylines.values())), len(rs), len(gold["reactions"])))
