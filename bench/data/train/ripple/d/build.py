"""Build articles.jsonl and gold.json from the hand-written data files."""
import json, re
from datetime import datetime, timezone

A = []
def add(story, outlet, city, published, title, paras, reaction=None):
    A.append(dict(story=story, source=outlet, city=city, published=published,
                  title=title, paras=paras, reaction=reaction))
for f in ["data1.py", "data2.py", "data3.py", "data4.py"]:
    src = open(f).read().replace("A = []", "")
    src = re.sub(r"def add\(.*?\n(?:    .*\n)+", "", src)
    exec(src)

SLUG = {
 "Harbor Light News": "harborlightnews", "Meridian Wire": "meridianwire",
 "Pacific Ledger": "pacificledger", "Global Dispatch": "globaldispatch",
 "Continental Post": "continentalpost", "Eastbound Times": "eastboundtimes",
 "Straits Courier": "straitscourier", "Savanna Observer": "savannaobserver",
 "Atlas Press Agency": "atlaspress", "Northline Review": "northlinereview",
 "Capital Tribune": "capitaltribune", "Blue Water Journal": "bluewaterjournal",
 "Tidewater Daily": "tidewaterdaily", "Lantern Bay Herald": "lanternbayherald",
}
COUNTRY_SUFFIX = {"NAGASAKI": "NAGASAKI, Japan", "HUALIEN": "HUALIEN, Taiwan",
                  "OSAKA": "OSAKA, Japan", "BUSAN": "BUSAN, South Korea",
                  "SEJONG": "SEJONG, South Korea", "NAGOYA": "NAGOYA, Japan",
                  "FUKUOKA": "FUKUOKA, Japan", "KUMAMOTO": "KUMAMOTO, Japan",
                  "GAMBOA": "GAMBOA, Panama", "BALBOA": "BALBOA, Panama",
                  "COLON": "COLON, Panama", "MOMBASA": "MOMBASA, Kenya",
                  "WINNIPEG": "WINNIPEG, Manitoba", "PETROPAVLOVSK-KAMCHATSKY": "PETROPAVLOVSK-KAMCHATSKY, Russia",
                  "THIRUVANANTHAPURAM": "THIRUVANANTHAPURAM, India"}

def utc(a):
    return datetime.fromisoformat(a["published"]).astimezone(timezone.utc)
A.sort(key=utc)

def slugify(t):
    t = t.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")

STORYLINE = {
 "pan-canal-restrictions": "panama-canal-drought-crisis",
 "pan-slot-auction-record": "panama-canal-drought-crisis",
 "pan-landslide-cleared": "panama-canal-drought-crisis",
 "pan-ship-aground": "panama-canal-drought-crisis",
 "pan-reservoir-project": "panama-canal-drought-crisis",
 "us-retailers-delay-warning": "panama-canal-drought-crisis",
 "pan-restrictions-eased": "panama-canal-drought-crisis",
 "jpn-lng-reroute-request": "japan-canal-response",
 "jpn-carmaker-delay": "japan-canal-response",
 "jpn-fm-panama-envoy": "japan-canal-response",
 "kor-line-suspends-loop": "korea-canal-response",
 "kor-logistics-desk": "korea-canal-response",
 "chn-mofcom-canal": "china-canal-response",
 "twn-soybean-brazil": "taiwan-grain-sourcing",
}
REACTION_STORIES = ["jpn-lng-reroute-request", "kor-line-suspends-loop", "chn-mofcom-canal",
                    "kor-logistics-desk", "twn-soybean-brazil", "jpn-carmaker-delay",
                    "jpn-fm-panama-envoy"]

arts, stories, reactions = [], {}, []
first = {}
for i, a in enumerate(A, 1):
    aid = f"td-{i:03d}"
    d = utc(a)
    local = datetime.fromisoformat(a["published"])
    city = COUNTRY_SUFFIX.get(a["city"], a["city"])
    paras = list(a["paras"])
    paras[0] = re.sub(r"^[^()]{1,60} \([^)]+\) — ", "", paras[0])
    paras[0] = f"{city} ({a['source']}) — " + paras[0]
    text = "\n\n".join(paras)
    url = f"https://www.{SLUG[a['source']]}.example/{local:%Y/%m/%d}/{slugify(a['title'])}"
    arts.append(dict(id=aid, url=url, source=a["source"], title=a["title"],
                     published=a["published"], text=text))
    stories[aid] = a["story"]
    first.setdefault(a["story"], aid)
    if a["reaction"]:
        sent, actor = a["reaction"]
        reactions.append(dict(article_id=aid, sentence=sent, actor=actor))

storylines = {s: STORYLINE.get(s, s) for s in dict.fromkeys(stories.values())}
origin_ids = [k for k, v in stories.items() if v == "pan-canal-restrictions"]

gold = {
 "trigger": {
  "query": "Panama Canal drought restrictions",
  "alt_queries": [
   "Panama Canal cuts daily transits to 18",
   "Panama canal drought transit limits June 2025",
   "Culebra Cut landslide blocks Panama Canal",
   "Gatun Lake low water canal draft limit 11 metres",
   "Panama Canal Authority halves ship crossings",
   "ships queue at Panama Canal drought",
   "Panama canal bottleneck",
   "Panama Canal capacity cut and landslide",
   "canal draft restriction Panama drought shipping",
   "Panama waterway traffic cut June 16",
  ],
  "origin_article_ids": origin_ids,
  "date": "2025-06-16",
 },
 "watched_region": "Northeast Asia",
 "control_region": "Sahel",
 "stories": stories,
 "storylines": storylines,
 "reaction_stories": REACTION_STORIES,
 "reactions": reactions,
 "analyst_citations": [origin_ids[0]] + [first[s] for s in REACTION_STORIES],
 "brief_facts": [
  {"fact": "On 16 June 2025 the Panama Canal Authority cut daily transits from 36 to 18 because of drought at Gatun Lake.", "keywords": ["Gatun Lake", "36 to 18"]},
  {"fact": "The canal barred vessels drawing more than 11 metres of water.", "keywords": ["draft limit", "11 metres"]},
  {"fact": "A landslide blocked part of the Culebra Cut on 16 June; both lanes reopened on 20 June after four days of clearing.", "keywords": ["Culebra Cut", "landslide"]},
  {"fact": "The queue of ships waiting to cross peaked at about 240 vessels.", "keywords": ["240", "queue"]},
  {"fact": "A transit slot sold at auction for a record $4.2 million on 18 June.", "keywords": ["$4.2 million", "auction"]},
  {"fact": "Japan's transport ministry convened LNG importers and asked them to route US cargoes via the Cape of Good Hope.", "keywords": ["transport ministry", "Cape of Good Hope"]},
  {"fact": "South Korea's Hanbada Shipping suspended its Panama-routed US East Coast loop for at least six weeks.", "keywords": ["Hanbada", "East Coast"]},
  {"fact": "China's commerce ministry said it is closely following the canal situation and asked that access stay open to all and non-discriminatory.", "keywords": ["commerce ministry", "closely following"]},
  {"fact": "South Korea's trade ministry set up an emergency logistics desk and freight vouchers for small exporters.", "keywords": ["emergency logistics desk", "vouchers"]},
  {"fact": "Taiwan's grain importers switched about 250,000 tonnes of soybean purchases from the US Gulf to Brazil.", "keywords": ["soybean", "Brazil"]},
  {"fact": "Japanese car maker Kaneda Motor held back about 18,000 vehicles bound for US East Coast ports.", "keywords": ["Kaneda Motor", "18,000"]},
  {"fact": "Japan's foreign minister Hiroshi Kanzaki raised the canal limits with Panama's ambassador on 2 July.", "keywords": ["Kanzaki", "ambassador"]},
  {"fact": "Panama eased the limits on 10 July to 27 transits a day and a 12.8-metre draft; it also announced a $1.6 billion Río Indio reservoir.", "keywords": ["transits to 27", "Río Indio"]},
 ],
}
with open("articles.jsonl", "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(len(arts), "articles,", len(storylines), "stories")
