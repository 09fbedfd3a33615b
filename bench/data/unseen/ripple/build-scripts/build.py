import json, re, sys, os
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(__file__))
import data_trigger, data_react, data_decoy, data_control

OUT = "/work/blind/ripple"
DOMAINS = {
    "Meridian Wire": "meridianwire.example",
    "Coastal Ledger": "coastalledger.example",
    "Atlas Press Agency": "atlaspress.example",
    "Harbourline News": "harbourline.example",
    "Continental Courier": "continentalcourier.example",
    "Southbridge Times": "southbridgetimes.example",
    "Indus Daily Observer": "indusobserver.example",
    "Delta Morning Post": "deltamorningpost.example",
    "Lanka Lantern": "lankalantern.example",
    "Himal Dispatch": "himaldispatch.example",
    "Caribbean Current": "caribbeancurrent.example",
    "Baltic Signal": "balticsignal.example",
    "Northgate Review": "northgatereview.example",
    "Global Brief Service": "globalbrief.example",
    "Llanos Tribune": "llanostribune.example",
}

def slug(t):
    t = t.lower().replace("'", "")
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t[:80].rstrip("-")

def norm(text):
    paras = [re.sub(r"\s+", " ", p).strip() for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)

raw = data_trigger.A + data_react.A + data_decoy.A + data_control.A
keys = [a["k"] for a in raw]
assert len(keys) == len(set(keys)), "dup keys"
for a in raw:
    a["text"] = norm(a["text"])
    a["dt"] = datetime.fromisoformat(a["pub"])
raw.sort(key=lambda a: (a["dt"].astimezone(timezone.utc), a["k"]))
k2id = {}
arts = []
for i, a in enumerate(raw, 1):
    aid = f"r1-{i:03d}"
    k2id[a["k"]] = aid
    d = a["dt"]
    url = f"https://www.{DOMAINS[a['src']]}/{d:%Y/%m/%d}/{slug(a['title'])}"
    arts.append({"id": aid, "url": url, "source": a["src"], "title": a["title"],
                 "published": a["pub"], "text": a["text"]})
    a["id"] = aid

with open(f"{OUT}/articles.jsonl", "w", encoding="utf-8") as f:
    for x in arts:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

stories = {a["id"]: a["story"] for a in raw}
origin = [a["id"] for a in raw if a["story"] == "trigger_origin"]
react_stories = []
for a in raw:
    if a["story"].startswith("react_") and a["story"] not in react_stories:
        react_stories.append(a["story"])
reactions = [{"article_id": a["id"], "sentence": a["react"][0], "actor": a["react"][1]}
             for a in raw if a["react"]]
# earliest article of the trigger origin and of each reaction story
cites = [origin[0]]
for s in react_stories:
    cites.append(min((a for a in raw if a["story"] == s), key=lambda a: a["dt"].astimezone(timezone.utc))["id"])

gold = {
    "trigger": {
        "query": "Venezuela naval blockade of Guyana",
        "alt_queries": [
            "Venezuelan navy blockades Guyana's coast",
            "Guyana offshore oil fields blockaded by Venezuelan warships",
            "Essequibo naval blockade",
            "Venezuelan warships around the Stabroek block",
            "Venezuela declares sovereignty zone off Essequibo",
            "blockade of Guyana's oil waters",
            "Venezuela maritime control zone off Guyana",
            "Caracas cuts off Guyana oil exports with its navy",
            "Venezuela-Guyana naval standoff March 2027",
            "Guyana accuses Venezuela of blockading its coastline",
        ],
        "origin_article_ids": origin,
        "date": "2027-03-08",
    },
    "watched_region": "South Asia",
    "control_region": "Baltic states",
    "stories": stories,
    "reaction_stories": react_stories,
    "reactions": reactions,
    "analyst_citations": cites,
    "brief_facts": [
        {"fact": "Venezuela's navy imposed a blockade of Guyana's coast and offshore oil fields on 8 March 2027",
         "keywords": ["Venezuela", "blockade", "Guyana"]},
        {"fact": "The blockade stems from Venezuela's claim to the Essequibo region and its waters",
         "keywords": ["Essequibo", "claim"]},
        {"fact": "India's External Affairs Ministry expressed deep concern and called for the blockade to be lifted",
         "keywords": ["India", "concern"]},
        {"fact": "About 1,300 Indian citizens live in Guyana, which has a large population of Indian origin",
         "keywords": ["1,300", "Indian"]},
        {"fact": "India's Petroleum Ministry held an emergency meeting with refiners and told them to find replacement crude",
         "keywords": ["refiners", "meeting"]},
        {"fact": "Pakistan urged restraint by both sides and advised citizens to postpone travel to Guyana",
         "keywords": ["Pakistan", "restraint"]},
        {"fact": "Bangladesh condemned the blockade and said ICJ orders must be respected",
         "keywords": ["Bangladesh", "condemned"]},
        {"fact": "The Venezuelan navy seized the tanker Amber Horizon, whose crew includes 11 Sri Lankans",
         "keywords": ["Amber Horizon", "tanker"]},
        {"fact": "Sri Lanka demanded the release of its eleven seafarers and sought consular access",
         "keywords": ["Sri Lanka", "release"]},
        {"fact": "India launched Operation Neel Setu to evacuate its nationals from Guyana",
         "keywords": ["Neel Setu", "India"]},
        {"fact": "India evacuated 412 citizens on two chartered flights and kept a navy frigate on standby",
         "keywords": ["412", "India"]},
        {"fact": "Nepal suspended new labour permits for Guyana",
         "keywords": ["Nepal", "permits"]},
        {"fact": "The UN Security Council met in emergency session but agreed no statement",
         "keywords": ["Security Council", "session"]},
    ],
}
with open(f"{OUT}/gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)

# word counts
for a in raw:
    n = len(a["text"].split())
    if not (120 <= n <= 400):
        print("WORDCOUNT", a["k"], n)
print("built", len(arts))
