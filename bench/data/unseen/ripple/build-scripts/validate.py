import json, re, sys
from collections import Counter
from datetime import datetime, timezone

D = sys.argv[1] if len(sys.argv) > 1 else "/work/blind/ripple"
arts = []
with open(f"{D}/articles.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        arts.append(json.loads(line))  # raises on bad line
gold = json.load(open(f"{D}/gold.json", encoding="utf-8"))
byid = {a["id"]: a for a in arts}
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): fail("duplicate ids")
for a in arts:
    for k in ("id", "url", "source", "title", "published", "text"):
        if not isinstance(a.get(k), str) or not a[k]: fail(f"{a.get('id')} missing {k}")
    datetime.fromisoformat(a["published"])
    if datetime.fromisoformat(a["published"]).tzinfo is None: fail(f"{a['id']} no offset")
    if ".example/" not in a["url"]: fail(f"{a['id']} url")
    m = re.match(r"^(.+?) \(" + re.escape(a["source"]) + r"\) — ", a["text"])
    if not m or m.group(1).split(",")[0] != m.group(1).split(",")[0].upper():
        fail(f"{a['id']} dateline: {a['text'][:60]}")
    w = len(a["text"].split())
    if not 120 <= w <= 400: fail(f"{a['id']} words {w}")
    if "\n\n" not in a["text"]: fail(f"{a['id']} paragraphs")
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)): fail("duplicate urls")

st = gold["stories"]
if set(st) != set(ids): fail("stories keys != article ids")
for s in gold["reaction_stories"]:
    if s not in st.values(): fail(f"reaction story {s} has no articles")
trig = gold["trigger"]
tdate = datetime.fromisoformat(trig["date"]).date()
for i in trig["origin_article_ids"]:
    if i not in byid or st[i] != "trigger_origin": fail(f"origin {i}")
if len(trig["alt_queries"]) != 10: fail("alt_queries != 10")
rs = set(gold["reaction_stories"])
for r in gold["reactions"]:
    a = byid.get(r["article_id"])
    if a is None: fail(f"reaction {r}"); continue
    if r["sentence"] not in a["text"]: fail(f"not substring: {r}")
    if not 30 <= len(r["sentence"]) <= 100: fail(f"sentence length {len(r['sentence'])}: {r['sentence']}")
    if st[a["id"]] not in rs: fail(f"reaction article not in reaction story {a['id']}")
    if not re.fullmatch(r"[A-Z]{3}", r["actor"]): fail(f"actor {r['actor']}")
    if datetime.fromisoformat(a["published"]).date() <= tdate: fail(f"reaction on/before trigger {a['id']}")
for s in rs:
    members = [i for i in ids if st[i] == s]
    if not 1 <= len(members) <= 4: fail(f"{s} size {len(members)}")
    if not any(r["article_id"] in members for r in gold["reactions"]): fail(f"{s} no reaction sentence")
for i in gold["analyst_citations"]:
    if i not in byid: fail(f"citation {i}")
alltext = " ".join(a["text"] for a in arts).lower()
for bf in gold["brief_facts"]:
    for kw in bf["keywords"]:
        if kw.lower() not in alltext: fail(f"keyword not in corpus: {kw}")

sc = Counter(st.values())
dts = sorted(datetime.fromisoformat(a["published"]).astimezone(timezone.utc) for a in arts)
cat = Counter()
for s, n in sc.items():
    c = ("origin" if s == "trigger_origin" else "trigger_followup" if s.startswith("trig_")
         else "reaction" if s in rs else "decoy_comention" if s.startswith("decoy_")
         else "watched_unrelated" if s.startswith("sa_") else "control" if s.startswith("baltic_")
         else "world" if s.startswith("world_") else "other")
    cat[c + "_articles"] += n; cat[c + "_stories"] += 1
print("articles:", len(arts), "stories:", len(sc), "outlets:", len(set(a["source"] for a in arts)))
print("date range:", dts[0].date(), "->", dts[-1].date())
print("origin articles:", len(trig["origin_article_ids"]), "reaction stories:", len(rs),
      "reaction sentences:", len(gold["reactions"]), "citations:", len(gold["analyst_citations"]),
      "brief facts:", len(gold["brief_facts"]))
for k in sorted(cat): print(f"  {k}: {cat[k]}")
before = sum(1 for a in arts if datetime.fromisoformat(a["published"]).date() < tdate)
print("articles before trigger date:", before)
print("OK" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
