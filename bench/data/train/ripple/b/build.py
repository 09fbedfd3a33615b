"""Builds articles.jsonl and gold.json from the hand-written source modules."""
import json, re, datetime
import src_trigger, src_reactions, src_other

SLUG = {
    "Southern Cross Wire": "southerncrosswire", "Pacific Tide News": "pacifictidenews",
    "Manila Harbour Herald": "manilaharbourherald", "Archipelago Press Service": "archipelagopress",
    "Tasman Daily Record": "tasmanrecord", "Global Dispatch Agency": "globaldispatch",
    "Coral Sea Gazette": "coralseagazette", "Meridian Business Wire": "meridianbusiness",
    "Caucasus Ledger": "caucasusledger", "Island Voice Media": "islandvoice",
    "Eastern Seaboard Times": "easternseaboardtimes", "Harbourline Post": "harbourlinepost",
    "Continental Newswire": "continentalnews", "Kiwi Current": "kiwicurrent",
}

arts = []
for x in src_trigger.ARTS:
    arts.append(dict(x, cat="origin" if x["story"] == "shoal-ramming" else "followup"))
for x in src_reactions.ARTS:
    arts.append(dict(x, cat="reaction"))
arts += [dict(x) for x in src_other.ARTS]

utc = lambda s: datetime.datetime.fromisoformat(s).astimezone(datetime.timezone.utc)
arts.sort(key=lambda x: utc(x["published"]))

MARK = re.compile(r"\{\{([A-Z]{3})\|(.*?)\}\}", re.S)
reactions, lines = [], []
for i, x in enumerate(arts, 1):
    x["id"] = "tb-%03d" % i
    found = MARK.findall(x["text"])
    x["text"] = MARK.sub(lambda m: m.group(2), x["text"])
    for iso, sent in found:
        reactions.append({"article_id": x["id"], "sentence": sent, "actor": iso})
    if x["cat"] == "reaction":
        assert found, x["id"]
    d = x["published"][:10].replace("-", "/")
    slug = re.sub(r"[^a-z0-9]+", "-", x["title"].lower()).strip("-")
    x["url"] = "https://www.%s.example/%s/%s" % (SLUG[x["source"]], d, slug)
    lines.append(json.dumps({k: x[k] for k in ("id", "url", "source", "title", "published", "text")}, ensure_ascii=False))

with open("articles.jsonl", "w") as f:
    f.write("\n".join(lines) + "\n")

REACTION_LINES = {
    "aus-fm-condemns": "australia-shoal-response", "aus-phl-joint-sail": "australia-shoal-response",
    "aus-p8-deployment": "australia-shoal-response", "nzl-unclos-statement": "nz-shoal-response",
    "png-pm-pacific-cannot-ignore": "png-shoal-response", "slb-policing-pact-review": "solomons-china-policing-debate",
    "fji-cautious-statement": "fiji-shoal-response",
}
stories, storylines, first = {}, {}, {}
for x in arts:
    s = x["story"]
    stories[x["id"]] = s
    first.setdefault(s, x["id"])
    if x["cat"] in ("origin", "followup"):
        storylines[s] = "second-thomas-shoal-clash"
    elif x["cat"] == "reaction":
        storylines[s] = REACTION_LINES[s]
    else:
        storylines[s] = s

reaction_stories = list(dict.fromkeys(x["story"] for x in arts if x["cat"] == "reaction"))
origin_ids = [x["id"] for x in arts if x["cat"] == "origin"]
citations = [origin_ids[0]] + [first[s] for s in reaction_stories]

gold = {
    "trigger": {
        "query": "China coast guard rams and boards Philippine resupply boat at Second Thomas Shoal",
        "alt_queries": [
            "Second Thomas Shoal boarding",
            "Chinese coast guard rams Philippine supply boat",
            "Filipino sailors injured Chinese boarding Ayungin Shoal resupply",
            "China seizes Philippine rifles South China Sea",
            "Philippines armed attack China coast guard September 2025",
            "Ren'ai Jiao clash Philippines",
            "BRP Sierra Madre resupply mission attacked",
            "Philippine sailor loses finger Chinese coast guard",
            "South China Sea ramming incident 17 September",
            "China Philippines shoal clash",
        ],
        "origin_article_ids": origin_ids,
        "date": "2025-09-17",
    },
    "watched_region": "Oceania",
    "control_region": "Caucasus",
    "stories": stories,
    "storylines": storylines,
    "reaction_stories": reaction_stories,
    "reactions": reactions,
    "analyst_citations": citations,
    "brief_facts": [
        {"fact": "On 17 September 2025 a Chinese coast guard cutter rammed and boarded a Philippine navy resupply boat near Second Thomas Shoal.", "keywords": ["Second Thomas Shoal", "coast guard", "resupply boat"]},
        {"fact": "Several Filipino sailors were injured in the boarding, one of whom lost a finger.", "keywords": ["sailors", "lost a finger"]},
        {"fact": "The Chinese boarding party seized rifles from the Philippine boat.", "keywords": ["rifles", "boarding party"]},
        {"fact": "Manila called the incident an armed attack and summoned China's ambassador.", "keywords": ["armed attack", "summoned"]},
        {"fact": "The United States reaffirmed that its Mutual Defense Treaty with the Philippines covers Philippine vessels in the South China Sea.", "keywords": ["Mutual Defense Treaty", "Article IV"]},
        {"fact": "Australia's foreign minister called China's conduct dangerous and destabilising and raised it with Chinese diplomats.", "keywords": ["dangerous and destabilising", "Catherine Hollis"]},
        {"fact": "Australia and the Philippines brought forward a joint sail in the South China Sea by several weeks.", "keywords": ["joint sail", "brought forward"]},
        {"fact": "Australia lengthened and brought forward a P-8A Poseidon surveillance deployment out of Malaysia.", "keywords": ["P-8A", "Poseidon", "Butterworth"]},
        {"fact": "New Zealand issued a statement reaffirming support for UNCLOS and calling for restraint.", "keywords": ["UNCLOS", "Graham Tully"]},
        {"fact": "Papua New Guinea's prime minister told parliament the Pacific cannot ignore the clash.", "keywords": ["cannot ignore", "James Kaupa"]},
        {"fact": "A Solomon Islands opposition leader called for a review of the policing agreement with China, which the government rejected.", "keywords": ["policing", "Peter Tuhaika"]},
        {"fact": "Fiji issued a cautious statement urging restraint and dialogue without naming China.", "keywords": ["restraint and dialogue", "Maika Tuilau"]},
        {"fact": "ASEAN foreign ministers expressed serious concern over an incident that injured personnel but did not name China.", "keywords": ["ASEAN", "serious concern"]},
    ],
}
with open("gold.json", "w") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)

from collections import Counter
print(len(arts), "articles;", Counter(x["cat"] for x in arts))
print("stories per cat:", {c: len({x["story"] for x in arts if x["cat"] == c}) for c in Counter(x["cat"] for x in arts)})
trig = utc("2025-09-17T07:40:00+08:00")
print("before trigger:", sum(utc(x["published"]) < trig for x in arts))
