"""Combine the parts, assign ids in UTC order, write articles.jsonl, gold.json, README.md."""
import json, os, datetime as dt
from collections import OrderedDict, Counter
from common import HERE

PREFIX = "te"
TRIGGER_UTC = dt.datetime(2025, 10, 14, 2, 48, tzinfo=dt.timezone.utc)  # 05:48 Istanbul time

arts = []
for n in (1, 2, 3, 4):
    with open(os.path.join(HERE, "part%d.json" % n), encoding="utf-8") as f:
        arts.extend(json.load(f))

def utc(a):
    return dt.datetime.fromisoformat(a["published"]).astimezone(dt.timezone.utc)

arts.sort(key=utc)
key2id = {}
for i, a in enumerate(arts, 1):
    a["id"] = "%s-%03d" % (PREFIX, i)
    key2id[a["key"]] = a["id"]

with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in arts:
        rec = OrderedDict([("id", a["id"]), ("url", a["url"]), ("source", a["outlet"]),
                           ("title", a["title"]), ("published", a["published"]), ("text", a["text"])])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(HERE, "part2_reactions.json"), encoding="utf-8") as f:
    rx = json.load(f)

stories = OrderedDict((a["id"], a["story"]) for a in arts)
storylines = OrderedDict()
for a in arts:
    storylines.setdefault(a["story"], a["storyline"])
reaction_stories = []
for a in arts:
    if a["cat"] == "reaction" and a["story"] not in reaction_stories:
        reaction_stories.append(a["story"])

origin_ids = [a["id"] for a in arts if a["cat"] == "origin"]

cite_keys = ["o1", "o4", "r5a", "r1a", "r2a", "r4", "r7", "r3a", "r6a", "r8a"]

facts = [
    ("Two tankers, the Aral Horizon and the Selene Pride, collided in the Bosporus off Istanbul's Kandilli district at dawn on 14 October 2025.",
     ["Aral Horizon", "Selene Pride", "Kandilli"]),
    ("The Malta-flagged Aral Horizon was carrying about 135,000 tonnes of Kazakh CPC Blend crude.",
     ["135,000 tonnes", "CPC Blend"]),
    ("The Selene Pride caught fire, three crew members were killed and about 11,000 tonnes of crude spilled into the strait.",
     ["caught fire", "three crew members", "11,000 tonnes"]),
    ("Turkey closed the strait to tanker traffic until further notice.",
     ["tanker traffic", "until further notice"]),
    ("Istanbul prosecutors opened a criminal inquiry into both captains on suspicion of causing death by negligence and polluting the environment.",
     ["criminal inquiry", "captains", "death by negligence"]),
    ("An Istanbul court ordered both captains held in pretrial detention on 17 October.",
     ["pretrial detention", "captains"]),
    ("Azerbaijan sent a team of 40 oil-spill specialists with booms and skimmers to help clean up the spill in Istanbul.",
     ["oil-spill specialists", "Azerbaijan"]),
    ("Georgia gave stranded Kazakh crude priority on its railway, cut crude freight tariffs by 15 percent and prepared Batumi for an extra 200,000 tonnes a month.",
     ["15 percent", "Batumi", "200,000 tonnes"]),
    ("Azerbaijan offered Kazakhstan up to 1.5 million tonnes of spare capacity in the Baku-Tbilisi-Ceyhan pipeline.",
     ["Baku-Tbilisi-Ceyhan", "1.5 million tonnes"]),
    ("Armenia released 5,000 tonnes of fuel from its state reserve and sought more fuel by truck from Iran.",
     ["5,000 tonnes", "state reserve"]),
    ("Georgia's Maritime Transport Agency ordered safety inspections of every tanker calling at Georgian ports and made pilotage compulsory.",
     ["safety inspections", "pilotage"]),
    ("Georgia halved the excise tax on motor fuel for 60 days after pump prices jumped.",
     ["excise", "60 days"]),
    ("Georgia's foreign minister went to Ankara to seek priority passage for tankers carrying fuel for Georgia.",
     ["Ankara", "priority passage"]),
    ("Azerbaijan's Khazar Tanker Fleet agreed to double Kazakh crude shipments from Aktau to Baku to 600,000 tonnes a month.",
     ["Khazar Tanker Fleet", "600,000 tonnes"]),
]

gold = OrderedDict([
    ("trigger", OrderedDict([
        ("query", "Bosporus tanker collision oil spill Istanbul"),
        ("alt_queries", [
            "tankers collide in Istanbul strait",
            "Aral Horizon Selene Pride collision",
            "Bosphorus oil tanker crash and fire",
            "Kazakh crude tanker collision Turkey",
            "Istanbul strait closed to tankers after collision",
            "oil spill in the Bosphorus October 2025",
            "Turkey criminal inquiry tanker captains Bosporus",
            "tanker fire off Kandilli Istanbul",
            "Bosporus closure after tanker accident",
            "CPC Blend tanker spill Istanbul",
        ]),
        ("origin_article_ids", origin_ids),
        ("date", "2025-10-14"),
    ])),
    ("watched_region", "Caucasus"),
    ("control_region", "Southern Africa"),
    ("stories", stories),
    ("storylines", storylines),
    ("reaction_stories", reaction_stories),
    ("reactions", [OrderedDict([("article_id", key2id[r["key"]]), ("sentence", r["sentence"]), ("actor", r["actor"])]) for r in rx]),
    ("analyst_citations", [key2id[k] for k in cite_keys]),
    ("brief_facts", [OrderedDict([("fact", f), ("keywords", k)]) for f, k in facts]),
])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)

# helper file for validate.py's composition checks (not part of the gold)
with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as f:
    json.dump(OrderedDict((a["id"], a["cat"]) for a in arts), f, indent=1)

# ---------------- README ----------------
CATS = [("origin", "Trigger origin story"), ("followup", "Trigger follow-ups"),
        ("reaction", "Watched-region reactions (Caucasus)"), ("decoy", "Decoys (no reaction)"),
        ("unrelated", "Watched-region unrelated news"), ("control", "Control region (Southern Africa)"),
        ("world", "World background")]
rows = []
for c, name in CATS:
    sel = [a for a in arts if a["cat"] == c]
    rows.append("| %s | %d | %d |" % (name, len(sel), len({a["story"] for a in sel})))
pre = sum(1 for a in arts if utc(a) < TRIGGER_UTC)
outlets = Counter(a["outlet"] for a in arts)
first, last = utc(arts[0]).date(), utc(arts[-1]).date()
readme = """# Ripple corpus `te`: Bosporus tanker collision → Caucasus

## Scenario
At 05:48 Istanbul time on 14 October 2025 the southbound Malta-flagged crude tanker *Aral Horizon*
(about 135,000 tonnes of Kazakh CPC Blend) and the northbound Liberian-flagged product tanker
*Selene Pride* (diesel for Constanta) collide off Kandilli in the Bosporus. The *Selene Pride*
burns for more than 19 hours, three of its crew die and about 11,000 tonnes of crude spill along
the Istanbul shoreline. Turkey closes the strait to tanker traffic until further notice and
Istanbul prosecutors open a criminal inquiry into both captains. Follow-ups: the captains'
pretrial detention and indictment, a fishing ban, a record CPC Blend discount and output cuts in
Kazakhstan, a record environmental fine, removal of the wrecks, and a partial daylight-only
reopening on 3 November.

Watched region: **Caucasus** (Georgia, Azerbaijan, Armenia). Reactions: Azerbaijan's oil-spill
team in Istanbul; Georgia's rail priority and tariff cut for Kazakh crude to Batumi (with a
feature from the Batumi rail yard); Armenia's release of fuel from its state reserve;
Azerbaijan's offer of Baku-Tbilisi-Ceyhan capacity; Georgia's tanker inspections and compulsory
pilotage; Georgia's 60-day fuel excise cut; the Georgian foreign minister's visit to Ankara
seeking priority passage; and Azerbaijan's Caspian tanker deal with Kazakh producers.
Control region: **Southern Africa**. All people, ships, companies and outlets are invented;
outlets use `.example` domains.

## Counts

| Category | Articles | Stories |
|---|---|---|
%s
| **Total** | **%d** | **%d** |

- Articles published before the trigger (before 2025-10-14 02:48 UTC): **%d** of %d (%.0f%%).
- Date range (UTC): %s to %s.
- Outlets: **%d** (%s).
- Storylines: **%d**; story labels: **%d**.
- Reaction stories: **%d**; reaction sentences: **%d**.
- Analyst citations: **%d**; brief facts: **%d**.

## Files
- `articles.jsonl`, `gold.json` — the corpus and its labels.
- `build_part1.py` … `build_part4.py` write `part*.json`; `build_final.py` sorts by UTC, assigns ids
  and writes `articles.jsonl`, `gold.json`, `categories.json` (id → category, a helper for
  `validate.py`) and this README. `validate.py` checks the brief's rules; `DONE` marks a pass.

## How it was written
Written blind: the writer read only the writer brief and the story-label guideline
(`/work/newdata/story-labels.md`), and no other project folder, analysis software or
output. Every sentence was written fresh for this corpus; wire copies (`Straits Mercantile`
reusing `Meridian Wire`, `Rhein Tribune` reusing `Marmara News Agency`) reuse this corpus's own
text with small edits and share their original's story label.
""" % ("\n".join(rows), len(arts), len(storylines), pre, len(arts), 100.0 * pre / len(arts),
       first, last, len(outlets), ", ".join("%s %d" % kv for kv in sorted(outlets.items())),
       len(set(storylines.values())), len(storylines), len(reaction_stories), len(rx),
       len(cite_keys), len(facts))
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print("articles", len(arts), "stories", len(storylines), "pre", pre)
