import json, collections, difflib
from datetime import datetime
D = "/work/blind/stories/"
arts = []
for i, line in enumerate(open(D + "articles.jsonl"), 1):
    o = json.loads(line)
    assert set(o) == {"id", "url", "source", "title", "published", "text"}, (i, set(o))
    arts.append(o)
gold = json.load(open(D + "gold.json"))
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
assert len({a["url"] for a in arts}) == len(arts), "duplicate urls"
S, L, DUP = gold["stories"], gold["storylines"], gold["duplicates"]
assert set(S) == set(ids) and set(L) == set(ids), "labels do not cover ids exactly"
byid = {a["id"]: a for a in arts}
times = {}
for a in arts:
    dt = datetime.fromisoformat(a["published"])
    assert dt.tzinfo is not None, a["id"]
    times[a["id"]] = dt
    w = len(a["text"].split()); p = len(a["text"].split("\n\n"))
    assert 120 <= w <= 400, (a["id"], w)
    assert 3 <= p <= 8, (a["id"], p)
    assert ".example/" in a["url"], a["id"]
# story -> single storyline
s2l = collections.defaultdict(set)
for i in ids: s2l[S[i]].add(L[i])
bad = {s: l for s, l in s2l.items() if len(l) > 1}
assert not bad, bad
for c, o in DUP.items():
    assert S[c] == S[o] and L[c] == L[o], c
    assert times[c] >= times[o], (c, "copy before original")
    assert byid[c]["source"] != byid[o]["source"], c
    r = difflib.SequenceMatcher(None, byid[c]["text"], byid[o]["text"]).ratio()
    assert r > 0.9, (c, r)
stories = collections.Counter(S.values()); lines = collections.Counter(L.values())
outlets = collections.Counter(a["source"] for a in arts)
print("articles:", len(arts))
print("stories:", len(stories), " storylines:", len(lines), " duplicates:", len(DUP))
print("outlets:", len(outlets)); print(dict(outlets))
print("date range:", min(times.values()).isoformat(), "->", max(times.values()).isoformat())
print("scenarios (id prefixes):", collections.Counter(i.split("-")[0] for i in ids))
print("words: min", min(len(a['text'].split()) for a in arts), "max", max(len(a['text'].split()) for a in arts))
print("\nstory sizes:")
for s, n in sorted(stories.items(), key=lambda x: (-x[1], x[0])): print(f"  {n:3d}  {s}  [{next(iter(s2l[s]))}]")
print("\nstoryline sizes:")
for s, n in sorted(lines.items(), key=lambda x: (-x[1], x[0])): print(f"  {n:3d}  {s}")
