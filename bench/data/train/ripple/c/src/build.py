"""Assemble articles.jsonl and gold.json from the hand-written article modules."""
import json, re, os
from datetime import datetime, timezone
import common, p1_trigger, p2_react, p3_decoy, p4_other  # noqa: F401

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUG = {
 "Nile Ledger": "nileledger", "Maghreb Wire": "maghrebwire", "Harbour Post": "harbourpost",
 "Meridian Press": "meridianpress", "Continental Dispatch": "continentaldispatch",
 "Atlas Courier": "atlascourier", "Carthage Daily": "carthagedaily",
 "Southern Cross Record": "southerncrossrecord", "Pacific Tribune": "pacifictribune",
 "Bosphorus Monitor": "bosphorusmonitor", "Grain & Freight Journal": "grainfreightjournal",
 "Global Wire Service": "globalwireservice", "Levant Observer": "levantobserver",
 "Sahara Chronicle": "saharachronicle",
}
TRIGGER_LINE = "black-sea-grain-corridor-izmail-strike"
STORYLINE = {
 "izmail-port-strike": TRIGGER_LINE, "wheat-futures-jump": TRIGGER_LINE,
 "insurers-halt-cover": TRIGGER_LINE, "un-food-agency-warning": TRIGGER_LINE,
 "turkey-mediation-call": TRIGGER_LINE, "ukraine-navy-escort-plan": TRIGGER_LINE,
 "grain-shipments-resume": TRIGGER_LINE,
 "egypt-fm-deplores-shipping-attacks": "egypt-diplomacy-on-ukraine-war",
 "egypt-wheat-reserves-emergency-tender": "egypt-wheat-security",
 "egypt-sailors-emigration-ministry": "egypt-sailors-nereus-glory",
 "tunisia-flour-allocation-cap": "tunisia-flour-supply",
 "morocco-wheat-duty-exemption": "morocco-wheat-import-policy",
 "libya-un-food-corridors-appeal": "libya-food-security-diplomacy",
 "algeria-oaic-shifts-purchases": "algeria-grain-procurement",
 "el-dabaa-unit3-reactor-vessel": "el-dabaa-nuclear-plant",
 "tunisia-bread-subsidy-reform-protest": "tunisia-subsidy-reform",
}
REACTION_STORIES = [
 "egypt-fm-deplores-shipping-attacks", "egypt-wheat-reserves-emergency-tender",
 "egypt-sailors-emigration-ministry", "tunisia-flour-allocation-cap",
 "morocco-wheat-duty-exemption", "libya-un-food-corridors-appeal",
 "algeria-oaic-shifts-purchases",
]

def slugify(s):
    s = s.lower().replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].rstrip("-")

arts = sorted(common.ARTS, key=lambda a: datetime.fromisoformat(a["dt"]).astimezone(timezone.utc))
keys = [a["key"] for a in arts]
assert len(set(keys)) == len(keys)
idof = {}
rows = []
for i, a in enumerate(arts, 1):
    aid = f"tc-{i:03d}"
    idof[a["key"]] = aid
    d = datetime.fromisoformat(a["dt"])
    text = f'{a["city"]} ({a["outlet"]}) — ' + a["body"]
    url = f'https://www.{SLUG[a["outlet"]]}.example/{d:%Y/%m/%d}/{slugify(a["title"])}'
    rows.append({"id": aid, "url": url, "source": a["outlet"], "title": a["title"],
                 "published": a["dt"], "text": text})

with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

stories = {idof[a["key"]]: a["story"] for a in arts}
storylines = {s: STORYLINE.get(s, s) for s in dict.fromkeys(stories.values())}
reactions = []
for a in arts:
    for sent, actor in a["react"]:
        reactions.append({"article_id": idof[a["key"]], "sentence": sent, "actor": actor})
first = {}
for a in arts:
    first.setdefault(a["story"], idof[a["key"]])
origin_ids = [idof[a["key"]] for a in arts if a["story"] == "izmail-port-strike"]
citations = [first["izmail-port-strike"]] + sorted(first[s] for s in REACTION_STORIES)

gold = {
 "trigger": {
  "query": "Russian missile strike on Izmail grain port",
  "alt_queries": [
   "Izmail port attack grain ship fire",
   "Nereus Glory bulk carrier on fire Ukraine",
   "Russia strikes Ukrainian grain terminal January 2025",
   "Ukraine suspends Black Sea grain exports after strike",
   "Alexandria-bound wheat ship hit in Izmail",
   "missile attack Danube grain port Odesa region",
   "Dunai Grain Terminal destroyed",
   "Black Sea grain corridor attack January 20",
   "Russian strike on Ukrainian port sets wheat carrier ablaze",
   "Ukraine two-week halt to grain shipments",
  ],
  "origin_article_ids": origin_ids,
  "date": "2025-01-20",
 },
 "watched_region": "North Africa",
 "control_region": "Oceania",
 "stories": stories,
 "storylines": storylines,
 "reaction_stories": REACTION_STORIES,
 "reactions": reactions,
 "analyst_citations": citations,
 "brief_facts": [
  {"fact": "On 20 January 2025 Russian missiles struck the Danube port of Izmail, destroying the Dunai Grain Terminal.", "keywords": ["Izmail", "Dunai Grain Terminal"]},
  {"fact": "The Liberian-flagged bulk carrier Nereus Glory, loaded with about 54,000 tonnes of wheat for Alexandria, was set on fire at its berth.", "keywords": ["Nereus Glory", "54,000 tonnes"]},
  {"fact": "Ukraine suspended grain shipments from its Black Sea and Danube ports for two weeks after the strike.", "keywords": ["suspended grain shipments", "two weeks"]},
  {"fact": "Chicago wheat futures closed up 6.4% on the day of the strike and marine insurers stopped writing new war-risk cover for Ukrainian ports.", "keywords": ["6.4%", "war-risk cover"]},
  {"fact": "Egypt's foreign ministry said it deplores attacks on civilian shipping, without naming Russia.", "keywords": ["deplores attacks on civilian shipping", "did not name Russia"]},
  {"fact": "Egypt's supply minister said strategic wheat reserves cover about five months and opened an emergency tender for French and Romanian wheat.", "keywords": ["five months", "emergency tender"]},
  {"fact": "Six Egyptian sailors were among the 22 crew; the ministry of emigration brought them home to Cairo on 24 January.", "keywords": ["six Egyptian sailors", "ministry of emigration"]},
  {"fact": "Tunisia's state grain board, the Office des Céréales, capped subsidised soft wheat allocations to mills at 90% of last year's levels.", "keywords": ["Office des Céréales", "90%"]},
  {"fact": "Morocco extended its suspension of customs duties on imported soft wheat until the end of December.", "keywords": ["customs duties", "soft wheat"]},
  {"fact": "Libya's Government of National Unity wrote to the UN Secretary-General asking it to help protect maritime food corridors.", "keywords": ["food corridors", "el-Baour"]},
  {"fact": "Algeria's state grain agency OAIC excluded Black Sea wheat from its February shipment purchases, buying French, German and Argentine wheat instead.", "keywords": ["OAIC", "Argentine"]},
  {"fact": "Turkey offered to host Russia–Ukraine talks in Istanbul on the safety of Black Sea shipping.", "keywords": ["neutral table", "Ankara"]},
  {"fact": "Ukrainian grain shipments resumed on 5 February in convoys escorted by navy patrol boats.", "keywords": ["escorted by navy patrol boats", "corridor is open again"]},
 ],
}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
print(len(rows), "articles;", len(storylines), "stories;", len(reactions), "reaction sentences")
