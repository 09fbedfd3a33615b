exec(open('build_part0.py').read())
TS = "hallvard-star-seizure"
for p in ["build_part1.py", "build_part2.py", "build_part3.py", "build_part4.py", "build_part5.py"]:
    exec(open(p).read())

def utc(a): return datetime.datetime.fromisoformat(a["published"]).astimezone(datetime.timezone.utc)
ARTS.sort(key=utc)
def slug(t):
    t = t.lower().replace("–", " ").replace("'", "").replace("’", "")
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")[:80].rstrip("-")
key2id = {}
with open("articles.jsonl", "w", encoding="utf-8") as f:
    for i, a in enumerate(ARTS, 1):
        aid = f"ta-{i:03d}"; key2id[a["key"]] = aid; a["id"] = aid
        d = a["published"][:10].replace("-", "/")
        import unicodedata
        ts = unicodedata.normalize("NFKD", a["title"].replace("–", " ")).encode("ascii", "ignore").decode()
        url = f"https://www.{OUTLETS[a['source']]}.example/{d}/{slug(ts)}"
        f.write(json.dumps(dict(id=aid, url=url, source=a["source"], title=a["title"],
                                published=a["published"], text=a["text"]), ensure_ascii=False) + "\n")

origin_ids = [a["id"] for a in ARTS if a["cat"] == "origin"]
reaction_stories = []
for a in ARTS:
    if a["cat"] == "reaction" and a["story"] not in reaction_stories:
        reaction_stories.append(a["story"])
cites = [origin_ids[0]]
for s in reaction_stories:
    cites.append(next(a["id"] for a in ARTS if a["story"] == s))
gold = {
  "trigger": {
    "query": "Iran seizes Norwegian tanker Hallvard Star in Strait of Hormuz",
    "alt_queries": [
      "Revolutionary Guard seizure of Norwegian chemical tanker",
      "IRGC boards Hallvard Star",
      "Norwegian-flagged tanker seized by Iran April 2025",
      "Hormuz tanker seizure Norway",
      "Iran captures Bergen tanker over fuel smuggling",
      "Hallvard Star crew detained Iran",
      "Iranian navy takes Norwegian ship in Gulf",
      "tanker seizure Strait of Hormuz 22 April",
      "Iran smuggling allegation Norwegian tanker",
      "Vestkyst Tankers ship seized by Iran"],
    "origin_article_ids": origin_ids,
    "date": "2025-04-22"},
  "watched_region": "Nordic",
  "control_region": "Central America",
  "stories": {a["id"]: a["story"] for a in ARTS},
  "storylines": {},
  "reaction_stories": reaction_stories,
  "reactions": [dict(article_id=a["id"], sentence=s, actor=c) for a in ARTS for (s, c) in a["reactions"]],
  "analyst_citations": cites,
  "brief_facts": [
    {"fact": "On 22 April 2025 Iran's Revolutionary Guard navy seized the Norwegian-flagged chemical tanker Hallvard Star in the Strait of Hormuz.", "keywords": ["Hallvard Star", "Strait of Hormuz", "Revolutionary Guard"]},
    {"fact": "The tanker, owned by Vestkyst Tankers of Bergen, had 24 crew including seven Norwegians and 11 Filipinos.", "keywords": ["Vestkyst Tankers", "24 crew", "Filipino"]},
    {"fact": "Iran accused the ship of smuggling fuel; the owner said it carried methanol from Jubail to Singapore.", "keywords": ["smuggling", "methanol"]},
    {"fact": "The tanker was moved to an anchorage off Bandar Abbas.", "keywords": ["Bandar Abbas", "anchorage"]},
    {"fact": "Norway summoned Iran's ambassador Mehdi Rahmani on the day of the seizure and lodged a formal protest.", "keywords": ["summoned", "Mehdi Rahmani", "formal protest"]},
    {"fact": "Prime Minister Ingrid Haugland told the Storting Iran must release the crew without conditions.", "keywords": ["Ingrid Haugland", "without conditions"]},
    {"fact": "Danish operator Holmsgaard Shipping ordered its vessels to stay out of the Strait of Hormuz.", "keywords": ["Holmsgaard Shipping", "Mads Kjeldsen"]},
    {"fact": "The Norwegian Maritime Authority raised the security level for Norwegian ships in the Gulf to level 3.", "keywords": ["Norwegian Maritime Authority", "level 3"]},
    {"fact": "The Norwegian Seafarers' Union demanded the Gulf be classed a warlike operations area so crews can refuse voyages.", "keywords": ["Seafarers' Union", "warlike operations area"]},
    {"fact": "Sweden and Finland asked the EU for a joint statement by all member states on Gulf shipping security.", "keywords": ["Elin Sandqvist", "Ville Korhonen", "joint statement"]},
    {"fact": "Denmark decided to send a frigate to the European-led surveillance mission in the Strait of Hormuz.", "keywords": ["frigate", "Rasmus Vinther"]},
    {"fact": "An Iranian court charged Captain Terje Mølstad with fuel smuggling, and war-risk insurance premiums for Gulf voyages roughly doubled.", "keywords": ["Terje Mølstad", "war-risk"]},
    {"fact": "Iran freed 14 crew, including all 11 Filipinos, on 8 May while holding the Norwegian and Polish sailors.", "keywords": ["released", "Filipino sailors"]},
  ],
}
for a in ARTS:
    gold["storylines"][a["story"]] = a["storyline"]
json.dump(gold, open("gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)

# summary table
from collections import defaultdict
c = defaultdict(lambda: [0, set()])
for a in ARTS:
    c[a["cat"]][0] += 1; c[a["cat"]][1].add(a["story"])
for k, (n, s) in c.items(): print(k, n, len(s))
print("total", len(ARTS), "stories", len({a['story'] for a in ARTS}), "storylines", len(set(gold["storylines"].values())))
print("pre-trigger", sum(1 for a in ARTS if a["published"] < "2025-04-22"))
json.dump({a["id"]: a["cat"] for a in ARTS}, open("categories.json", "w"), indent=1)
