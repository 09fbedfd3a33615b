"""Validate the corpus against the writer brief. Standard library only. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "te"
WATCHED, CONTROL = "Caucasus", "Southern Africa"
ACTORS = {"GEO", "AZE", "ARM"}
errors = []

def err(msg):
    errors.append(msg)

def words(t):
    return len(t.split())

# ---------- articles ----------
arts = []
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("blank line %d in articles.jsonl" % n); continue
        try:
            arts.append(json.loads(line))
        except Exception as e:
            err("line %d not JSON: %s" % (n, e))
if not 64 <= len(arts) <= 70:
    err("article count %d not in 64-70" % len(arts))
FIELDS = {"id", "url", "source", "title", "published", "text"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$")
prev = None
ids = []
src_domain = {}
for i, a in enumerate(arts, 1):
    if set(a) != FIELDS:
        err("%s: fields %s" % (a.get("id"), sorted(a)))
        continue
    want = "%s-%03d" % (PREFIX, i)
    if a["id"] != want:
        err("id %s at position %d, expected %s" % (a["id"], i, want))
    ids.append(a["id"])
    for k in FIELDS:
        if not isinstance(a[k], str) or not a[k].strip():
            err("%s: empty %s" % (a["id"], k))
    if not ISO.match(a["published"]):
        err("%s: bad published %s" % (a["id"], a["published"]))
        continue
    t = dt.datetime.fromisoformat(a["published"]).astimezone(dt.timezone.utc)
    if prev and t < prev:
        err("%s: not in UTC order" % a["id"])
    prev = t
    a["_utc"] = t
    m = re.match(r"^https://(www\.)?([a-z0-9.-]+\.example)/[\w/-]*[a-z][\w-]+$", a["url"])
    if not m:
        err("%s: bad url %s" % (a["id"], a["url"]))
    else:
        d = m.group(2)
        if src_domain.setdefault(a["source"], d) != d:
            err("%s: source %s uses two domains" % (a["id"], a["source"]))
    w = words(a["text"])
    if not 180 <= w <= 600:
        err("%s: %d words" % (a["id"], w))
    paras = a["text"].split("\n\n")
    if len(paras) < 3:
        err("%s: fewer than 3 paragraphs" % a["id"])
    for p in paras:
        if not p.strip() or "\n" in p or p != p.strip():
            err("%s: bad paragraph separation" % a["id"]); break
for k, c in Counter(a["url"] for a in arts).items():
    if c > 1: err("duplicate url %s" % k)
for k, c in Counter(a["title"] for a in arts).items():
    if c > 1: err("duplicate title %s" % k)
if len(set(ids)) != len(ids):
    err("duplicate ids")
nsrc = len(src_domain)
if not 12 <= nsrc <= 16:
    err("%d outlets, need 12-16" % nsrc)
byid = {a["id"]: a for a in arts}
if arts and "_utc" in arts[0] and "_utc" in arts[-1]:
    span = (arts[-1]["_utc"] - arts[0]["_utc"]).days
    if not 30 <= span <= 45:
        err("date span %d days, expected about 5-6 weeks" % span)

# ---------- gold ----------
with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
    gold = json.load(f)
KEYS = {"trigger", "watched_region", "control_region", "stories", "storylines", "reaction_stories",
        "reactions", "analyst_citations", "brief_facts"}
if set(gold) != KEYS:
    err("gold keys %s" % sorted(gold))
tr = gold.get("trigger", {})
if set(tr) != {"query", "alt_queries", "origin_article_ids", "date"}:
    err("trigger keys %s" % sorted(tr))
if not isinstance(tr.get("query"), str) or not tr.get("query", "").strip():
    err("trigger query empty")
aq = tr.get("alt_queries", [])
if len(aq) != 10 or len(set(q.lower() for q in aq)) != 10 or tr.get("query", "").lower() in [q.lower() for q in aq]:
    err("alt_queries must be 10 distinct queries different from the query")
if not re.match(r"^\d{4}-\d\d-\d\d$", tr.get("date", "")):
    err("trigger date format")
stories = gold.get("stories", {})
if set(stories) != set(ids):
    err("stories must label every article exactly: missing %s extra %s" % (
        sorted(set(ids) - set(stories)), sorted(set(stories) - set(ids))))
labels = set(stories.values())
storylines = gold.get("storylines", {})
if set(storylines) != labels:
    err("storylines keys != story labels: missing %s extra %s" % (
        sorted(labels - set(storylines)), sorted(set(storylines) - labels)))
origin = tr.get("origin_article_ids", [])
if not 6 <= len(origin) <= 8:
    err("origin_article_ids count %d" % len(origin))
olabels = {stories.get(i) for i in origin}
if len(olabels) != 1 or any(i not in byid for i in origin):
    err("origin articles must exist and share one story")
else:
    olabel = olabels.pop()
    odays = sorted({byid[i]["published"][:10] for i in origin})
    if odays[0] != tr.get("date") or len(odays) > 2:
        err("origin articles must fall on the trigger date and the next day: %s" % odays)
    if sorted(origin) != sorted(i for i in ids if stories[i] == olabel and byid[i]["published"][:10] in odays):
        err("origin_article_ids must be all the trigger story's articles on its first days")
    # trigger follow-ups share the trigger storyline
if gold.get("watched_region") != WATCHED:
    err("watched_region")
if gold.get("control_region") != CONTROL:
    err("control_region")
rs = gold.get("reaction_stories", [])
if len(set(rs)) != len(rs) or not set(rs) <= labels:
    err("reaction_stories must be distinct story labels")
if not 6 <= len(rs) <= 8:
    err("%d reaction stories, need 6-8" % len(rs))
per = Counter()
for r in gold.get("reactions", []):
    if set(r) != {"article_id", "sentence", "actor"}:
        err("reaction keys %s" % sorted(r)); continue
    a = byid.get(r["article_id"])
    if not a:
        err("reaction article %s missing" % r["article_id"]); continue
    if stories[a["id"]] not in rs:
        err("reaction %s not in a reaction story" % a["id"])
    s = r["sentence"].rstrip(".")
    if s not in a["text"]:
        err("reaction sentence not verbatim in %s: %s" % (a["id"], s[:60]))
    if r["actor"] not in ACTORS:
        err("actor %s" % r["actor"])
    per[stories[a["id"]]] += 1
for s in rs:
    if not 1 <= per[s] <= 3:
        err("reaction story %s has %d reaction sentences" % (s, per[s]))
cites = gold.get("analyst_citations", [])
if not 7 <= len(cites) <= 10 or len(set(cites)) != len(cites) or any(c not in byid for c in cites):
    err("analyst_citations")
facts = gold.get("brief_facts", [])
if not 12 <= len(facts) <= 14:
    err("%d brief_facts" % len(facts))
alltext = [a["text"] for a in arts]
for fct in facts:
    if set(fct) != {"fact", "keywords"} or not fct["fact"].strip():
        err("bad fact %s" % fct); continue
    if not 2 <= len(fct["keywords"]) <= 3:
        err("fact needs 2-3 keywords: %s" % fct["fact"][:50])
    for k in fct["keywords"]:
        if not any(k in t for t in alltext):
            err("keyword not verbatim in any article: %r" % k)

# ---------- composition (uses categories.json helper) ----------
cpath = os.path.join(HERE, "categories.json")
if os.path.exists(cpath):
    cats = json.load(open(cpath, encoding="utf-8"))
    if set(cats) != set(ids):
        err("categories.json does not match ids")
    else:
        n = Counter(cats.values())
        sc = defaultdict(set)
        for i, c in cats.items():
            sc[c].add(stories[i])
        rng = {"origin": (6, 8), "followup": (8, 12), "reaction": (14, 18), "decoy": (6, 8),
               "unrelated": (9, 12), "world": (4, 6)}
        for c, (lo, hi) in rng.items():
            if not lo <= n[c] <= hi:
                err("%s articles %d not in %d-%d" % (c, n[c], lo, hi))
        if not 5 <= len(sc["followup"]) <= 7: err("follow-up stories %d" % len(sc["followup"]))
        if not 7 <= len(sc["control"]) <= 9: err("control stories %d" % len(sc["control"]))
        if len(sc["world"]) != n["world"]: err("world stories must be singletons")
        if set(rs) != sc["reaction"]: err("reaction_stories != reaction-category stories")
        if sorted(origin) != sorted(i for i, c in cats.items() if c == "origin"): err("origin ids != origin category")
        ostory = {stories[i] for i in origin}
        tline = {storylines[s] for s in ostory}
        for i, c in cats.items():
            if c == "followup" and storylines[stories[i]] not in tline:
                err("follow-up %s not in trigger storyline" % i)
            if c == "followup" and stories[i] in ostory:
                err("follow-up %s shares the origin story" % i)
        trig = min(byid[i]["_utc"] for i in origin)
        pre = sum(1 for a in arts if a["_utc"] < trig)
        frac = pre / len(arts)
        if not 0.19 <= frac <= 0.26:
            err("pre-trigger share %.2f" % frac)
        for i, c in cats.items():
            if c in ("decoy", "unrelated", "control", "world") and stories[i] in labels & (ostory | set(rs)):
                err("%s shares a trigger/reaction story" % i)
        # reaction story sizes: one 2-outlet story on consecutive days, one single
        sizes = Counter(stories[i] for i, c in cats.items() if c == "reaction")
        if 1 not in sizes.values(): err("no single-article reaction story")
        ok2 = False
        for s in rs:
            m = [byid[i] for i in ids if stories[i] == s]
            srcs = {a["source"] for a in m}
            days = sorted({a["_utc"].date() for a in m})
            if len(srcs) >= 2 and any((days[k + 1] - days[k]).days == 1 for k in range(len(days) - 1)):
                ok2 = True
        if not ok2: err("no reaction story covered by two outlets on consecutive days")
else:
    err("categories.json missing")

if errors:
    for e in errors:
        print("ERROR:", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d articles, %d outlets, %d stories, %d storylines, %d reaction sentences, %d facts" % (
    len(arts), nsrc, len(labels), len(set(storylines.values())), len(gold["reactions"]), len(facts)))
