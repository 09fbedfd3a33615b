"""Check articles.jsonl, gold.json and README.md against the writer brief. Exit 1 on any problem."""
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict

PREFIX = "tf"
WATCHED = "Southeast Asia"
CONTROL = "Andean states"
WATCHED_ISO = {"PHL", "VNM", "SGP", "MYS", "IDN", "THA"}
errors = []


def err(msg):
    errors.append(msg)


arts = []
with open("articles.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            arts.append(json.loads(line))
        except Exception as e:
            err("line %d not JSON: %s" % (n, e))

if not 64 <= len(arts) <= 70:
    err("article count %d not in 64-70" % len(arts))
FIELDS = ["id", "url", "source", "title", "published", "text"]
ids, urls, prev = [], set(), None
outlet_domain = {}
by_id = {}
for i, a in enumerate(arts, 1):
    if list(a.keys()) != FIELDS:
        err("%s: fields %s" % (a.get("id"), list(a.keys())))
        continue
    want = "%s-%03d" % (PREFIX, i)
    if a["id"] != want:
        err("id %s should be %s" % (a["id"], want))
    by_id[a["id"]] = a
    m = re.match(r"^https://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.example)/(.+)$", a["url"])
    if not m or not re.search(r"[a-z]+-[a-z]+", m.group(2)):
        err("%s: bad url %s" % (a["id"], a["url"]))
    else:
        d = outlet_domain.setdefault(a["source"], m.group(1))
        if d != m.group(1):
            err("%s: outlet %s uses two domains" % (a["id"], a["source"]))
    if a["url"] in urls:
        err("%s: duplicate url" % a["id"])
    urls.add(a["url"])
    if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$", a["published"]):
        err("%s: published not ISO with offset: %s" % (a["id"], a["published"]))
        continue
    t = dt.datetime.fromisoformat(a["published"]).astimezone(dt.timezone.utc)
    if prev and t < prev:
        err("%s: not in UTC publication order" % a["id"])
    prev = t
    a["_utc"] = t
    text = a["text"]
    if "\n" in text.replace("\n\n", ""):
        err("%s: stray single newline" % a["id"])
    if "\n\n\n" in text or text != text.strip():
        err("%s: bad paragraph spacing" % a["id"])
    if len(text.split("\n\n")) < 3:
        err("%s: fewer than 3 paragraphs" % a["id"])
    wc = len(text.split())
    if not 180 <= wc <= 600:
        err("%s: %d words" % (a["id"], wc))
    if not a["title"].strip():
        err("%s: empty title" % a["id"])
n_out = len(outlet_domain)
if not 12 <= n_out <= 16:
    err("%d outlets, want 12-16" % n_out)
if len({d for d in outlet_domain.values()}) != n_out:
    err("two outlets share a domain")

gold = json.load(open("gold.json", encoding="utf-8"))
KEYS = ["trigger", "watched_region", "control_region", "stories", "storylines", "reaction_stories",
        "reactions", "analyst_citations", "brief_facts"]
if sorted(gold) != sorted(KEYS):
    err("gold keys %s" % sorted(gold))
tr = gold["trigger"]
if sorted(tr) != sorted(["query", "alt_queries", "origin_article_ids", "date"]):
    err("trigger keys %s" % sorted(tr))
if not isinstance(tr["query"], str) or not tr["query"].strip():
    err("trigger query empty")
aq = tr["alt_queries"]
if len(aq) != 10 or len(set(q.lower() for q in aq)) != 10 or tr["query"].lower() in {q.lower() for q in aq}:
    err("alt_queries must be 10 distinct queries different from query")
if not re.match(r"^\d{4}-\d\d-\d\d$", tr["date"]):
    err("trigger date format")
tdate = dt.date.fromisoformat(tr["date"])
if gold["watched_region"] != WATCHED or gold["control_region"] != CONTROL:
    err("region names")

stories = gold["stories"]
if set(stories) != set(by_id):
    err("stories must label every article exactly: missing %s extra %s" % (
        sorted(set(by_id) - set(stories)), sorted(set(stories) - set(by_id))))
labels = set(stories.values())
if set(gold["storylines"]) != labels:
    err("storylines keys must equal story labels: %s" % sorted(labels ^ set(gold["storylines"])))

orig = tr["origin_article_ids"]
if not 6 <= len(orig) <= 8:
    err("origin ids %d not 6-8" % len(orig))
ostories = {stories.get(i) for i in orig}
if len(ostories) != 1 or None in ostories:
    err("origin articles must share one story: %s" % ostories)
tstory = next(iter(ostories))
for i in orig:
    d = dt.date.fromisoformat(by_id[i]["published"][:10])
    if not 0 <= (d - tdate).days <= 1:
        err("%s: origin article not on trigger day or next" % i)
early = [i for i, s in stories.items() if s == tstory and 0 <= (dt.date.fromisoformat(by_id[i]["published"][:10]) - tdate).days <= 1]
if sorted(early) != sorted(orig):
    err("origin ids should be all trigger-story articles on days 1-2: %s vs %s" % (sorted(early), sorted(orig)))
if len({by_id[i]["source"] for i in orig}) < 6:
    err("origin articles should come from 6+ outlets")

tl = gold["storylines"][tstory]
fu = [i for i, s in stories.items() if s != tstory and gold["storylines"][s] == tl]
fus = {stories[i] for i in fu}
if not 8 <= len(fu) <= 12 or not 5 <= len(fus) <= 7:
    err("follow-ups: %d articles in %d stories" % (len(fu), len(fus)))

rs = gold["reaction_stories"]
if not set(rs) <= labels:
    err("reaction_stories not all labels")
if not 6 <= len(rs) <= 8:
    err("%d reaction stories, want 6-8" % len(rs))
ra = [i for i, s in stories.items() if s in rs]
if not 14 <= len(ra) <= 18:
    err("%d reaction articles, want 14-18" % len(ra))
sizes = Counter(stories[i] for i in ra)
if 1 not in sizes.values():
    err("need a single-article reaction story")
consec = False
for s in rs:
    arts_s = [by_id[i] for i in ra if stories[i] == s]
    days = sorted({a["published"][:10] for a in arts_s})
    srcs = {a["source"] for a in arts_s}
    for d1, d2 in zip(days, days[1:]):
        if (dt.date.fromisoformat(d2) - dt.date.fromisoformat(d1)).days == 1 and len(srcs) >= 2:
            consec = True
if not consec:
    err("need a reaction story covered by two outlets on consecutive days")
for i in ra:
    if by_id[i]["_utc"].date() < tdate:
        err("%s: reaction before trigger" % i)

per = defaultdict(int)
for r in gold["reactions"]:
    if sorted(r) != ["actor", "article_id", "sentence"]:
        err("reaction keys %s" % sorted(r))
        continue
    a = by_id.get(r["article_id"])
    if not a:
        err("reaction article %s missing" % r["article_id"])
        continue
    if stories[r["article_id"]] not in rs:
        err("%s: reaction sentence outside reaction stories" % r["article_id"])
    if r["sentence"] not in a["text"]:
        err("%s: sentence not verbatim: %s" % (r["article_id"], r["sentence"][:60]))
    if r["actor"] not in WATCHED_ISO:
        err("%s: actor %s not a watched-region ISO3" % (r["article_id"], r["actor"]))
    per[stories[r["article_id"]]] += 1
for s in rs:
    if not 1 <= per[s] <= 3:
        err("reaction story %s has %d sentences" % (s, per[s]))

cit = gold["analyst_citations"]
if not 7 <= len(cit) <= 10 or len(set(cit)) != len(cit) or not set(cit) <= set(by_id):
    err("analyst_citations bad: %s" % cit)

bf = gold["brief_facts"]
if not 12 <= len(bf) <= 14:
    err("%d brief facts" % len(bf))
alltext = [a["title"] + "\n" + a["text"] for a in arts]
for f_ in bf:
    if sorted(f_) != ["fact", "keywords"] or not f_["fact"].strip():
        err("fact format %s" % f_)
        continue
    if not 2 <= len(f_["keywords"]) <= 3:
        err("fact needs 2-3 keywords: %s" % f_["fact"][:50])
    for k in f_["keywords"]:
        if not any(k in t for t in alltext):
            err("keyword not verbatim in any article: %r" % k)

pre = sum(1 for a in arts if a["_utc"].date() < tdate)
if not 0.18 <= pre / len(arts) <= 0.27:
    err("pre-trigger share %.2f" % (pre / len(arts)))
span = (arts[-1]["_utc"] - arts[0]["_utc"]).days
if not 30 <= span <= 45:
    err("date span %d days" % span)

readme = open("README.md", encoding="utf-8").read()
if "| Category |" not in readme or "blind" not in readme:
    err("README lacks table or blind statement")

if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK: %d articles, %d outlets, %d stories, %d storylines, %d pre-trigger" % (
    len(arts), n_out, len(labels), len(set(gold["storylines"].values())), pre))
