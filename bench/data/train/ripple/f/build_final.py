"""Assemble articles.jsonl, gold.json and README.md from the part scripts."""
import json
from collections import Counter, OrderedDict
from common import utc, OUTLETS
import build_part1, build_part2, build_part3

PREFIX = "tf"
TRIGGER_DATE = "2025-11-03"
TRIGGER_STORY = "china-taiwan-exclusion-zone-ship-inspections"

arts = build_part1.ARTICLES + build_part2.ARTICLES + build_part3.ARTICLES
arts.sort(key=lambda a: (utc(a["published"]), a["key"]))
key2id = {}
for i, a in enumerate(arts, 1):
    key2id[a["key"]] = "%s-%03d" % (PREFIX, i)

with open("articles.jsonl", "w", encoding="utf-8") as f:
    for a in arts:
        rec = OrderedDict([("id", key2id[a["key"]]), ("url", a["url"]), ("source", a["source"]),
                           ("title", a["title"]), ("published", a["published"]), ("text", a["text"])])
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

stories = {key2id[a["key"]]: a["story"] for a in arts}
storylines = {}
for a in arts:
    storylines[a["story"]] = a["storyline"]
reaction_stories = sorted({a["story"] for a in arts if a["cat"] == "reaction"})

R = [  # (article key, verbatim sentence, actor)
    ("r-phl-a", "The Philippine Coast Guard said on Tuesday it had sent two patrol vessels to the waters off Batanes to monitor shipping and stand ready for search and rescue after China declared a live-fire zone east of Taiwan", "PHL"),
    ("r-phl-a", "The Department of Migrant Workers said it had contacted the manning agency of the 14 Filipino seafarers aboard the Jade Meridian and ordered it to report on their condition every six hours", "PHL"),
    ("r-phl-b", "The Philippines has stepped up coast guard patrols in the waters north of Luzon in response to China's live-fire exercise east of Taiwan, officials said, as Manila checked on Filipino sailors aboard one of the two ships boarded by Chinese officers", "PHL"),
    ("r-sgp-a", "Singapore's Ministry of Foreign Affairs said on Tuesday that it was concerned by the declaration of a live-fire zone east of Taiwan and the boarding of commercial ships, and called on all parties to respect freedom of navigation under international law", "SGP"),
    ("r-sgp-a", "Hours later, the Maritime and Port Authority of Singapore issued an advisory telling Singapore-registered ships to avoid the declared zone and to report any attempt to board them", "SGP"),
    ("r-idn", "Indonesia's foreign ministry on Wednesday urged all sides in the Taiwan Strait to exercise restraint and avoid actions that could endanger commercial shipping, two days after China's coast guard boarded two container ships bound for Taiwan", "IDN"),
    ("r-meranti-a", "Meranti Feeder Lines said on Thursday it had suspended its weekly service to the Taiwanese ports of Hualien and Keelung and would impose an emergency surcharge of US$150 per container on Taiwan cargo, becoming the first Singapore-based carrier to change its network because of China's military exercise east of Taiwan", "SGP"),
    ("r-meranti-b", "Singapore-based container shipping company Meranti Feeder Lines has suspended calls at two Taiwanese ports on the island's east and north coasts, citing the risk of Chinese coast guard inspections, in one of the first commercial responses in Southeast Asia to Beijing's military exercise near Taiwan", "SGP"),
    ("r-asean-a", "ASEAN foreign ministers said in a statement issued by Malaysia as this year's chair that they were closely following developments in the waters east of Taiwan and urged all parties to exercise restraint", "MYS"),
    ("r-asean-c", "The Association of Southeast Asian Nations has called for restraint and for freedom of navigation to be respected, in a rare collective statement on tensions around Taiwan issued as China wound down a five-day military exercise east of the island", "MYS"),
    ("r-vnm-a", "Several electronics assemblers in Bac Ninh province have switched shipments of Taiwanese chips and display components from sea to air freight since the Chinese drills began, factory managers and logistics firms said, adding costs for an industry that makes phones, laptops and networking gear for global brands", "VNM"),
    ("r-vnm-a", "Vietnam's Ministry of Industry and Trade said on Saturday it had asked the main foreign-invested electronics firms to report their stocks of components sourced from Taiwan, so that it could identify any risk of production stoppages", "VNM"),
    ("r-mys-a", "Malaysia's Ministry of Investment, Trade and Industry said on Thursday it had formed a task force with semiconductor companies in Penang and Kedah to track deliveries of wafers and substrates from Taiwan, after China's military drills east of the island delayed shipments to Malaysian factories", "MYS"),
    ("r-mys-b", "Malaysia has set up a government task force with its chip packaging industry to monitor supplies of wafers and materials from Taiwan, a move that German carmakers and electronics firms that rely on Malaysian back-end factories are watching with interest", "MYS"),
    ("r-tha-a", "Thailand's Ministry of Commerce said on Monday it had set up a war room to monitor electronics exports and shipping disruption linked to Chinese military activity near Taiwan, after manufacturers of hard disk drives and circuit boards complained of late deliveries and rising freight costs", "THA"),
    ("r-tha-a", "The Port Authority said Laem Chabang port will give priority berthing to container ships whose schedules were disrupted by the Taiwan closure, to help exporters catch onward connections to Europe and the United States", "THA"),
]
reactions = [{"article_id": key2id[k], "sentence": s, "actor": c} for k, s, c in R]

origin_keys = ["o-gda", "o-ows", "o-tes", "o-smp", "o-shh", "o-bkt", "o-tmj"]
origin_ids = sorted(key2id[k] for k in origin_keys)
citations = sorted(key2id[k] for k in ["o-ows", "r-phl-a", "r-sgp-a", "r-idn", "r-meranti-a",
                                       "r-asean-a", "r-vnm-a", "r-mys-a", "r-tha-a"])

facts = [
    {"fact": "On 3 November 2025 China declared a five-day live-fire exclusion zone in the sea east of Taiwan, off Hualien, running until 7 November.",
     "keywords": ["five-day", "live-fire", "east of Taiwan"]},
    {"fact": "The exercise, code-named Eastern Rampart-2025, was announced by the PLA Eastern Theater Command and covered some 22,000 square kilometres.",
     "keywords": ["Eastern Theater Command", "Eastern Rampart-2025"]},
    {"fact": "The China Coast Guard halted and boarded two Taiwan-bound container ships, the Jade Meridian and the Orchid Venture.",
     "keywords": ["China Coast Guard", "Jade Meridian", "Orchid Venture"]},
    {"fact": "The Singapore-managed Jade Meridian, with 14 Filipino crew, was held for 11 hours; the Orchid Venture for about seven hours.",
     "keywords": ["11 hours", "Halcyon Box Lines"]},
    {"fact": "At least 37 commercial vessels rerouted around the zone, and Taipei protested, calling the boardings blatant intimidation.",
     "keywords": ["37 commercial vessels", "blatant intimidation"]},
    {"fact": "The Philippines sent coast guard patrol vessels to the waters off Batanes and checked on the Filipino seafarers aboard the Jade Meridian.",
     "keywords": ["Batanes", "Philippine Coast Guard", "Filipino seafarers"]},
    {"fact": "Singapore's foreign ministry called for freedom of navigation and its Maritime and Port Authority told Singapore-registered ships to avoid the zone and report boardings.",
     "keywords": ["freedom of navigation", "Maritime and Port Authority"]},
    {"fact": "Indonesia's foreign ministry urged restraint and said commercial shipping must not be endangered.",
     "keywords": ["Indonesia's foreign ministry", "restraint"]},
    {"fact": "Singapore-based Meranti Feeder Lines suspended its calls at Hualien and Keelung and added a surcharge on Taiwan cargo.",
     "keywords": ["Meranti Feeder Lines", "surcharge"]},
    {"fact": "ASEAN foreign ministers, in a statement issued by chair Malaysia on 7 November, urged restraint and freedom of navigation.",
     "keywords": ["ASEAN", "chair", "restraint"]},
    {"fact": "Vietnamese electronics assemblers in Bac Ninh switched Taiwanese components to air freight and Hanoi asked firms to report stocks.",
     "keywords": ["Bac Ninh", "air freight"]},
    {"fact": "Malaysia's trade ministry formed a task force with chipmakers in Penang and Kedah to track wafer and substrate deliveries from Taiwan.",
     "keywords": ["task force", "Penang"]},
    {"fact": "Thailand's commerce ministry set up a war room and Laem Chabang gave priority berthing to delayed ships.",
     "keywords": ["war room", "Laem Chabang"]},
    {"fact": "The China Coast Guard then published a notice claiming the right to inspect Taiwan-bound cargo, and war-risk insurance costs for Taiwan calls rose.",
     "keywords": ["war-risk", "law-enforcement inspections"]},
]

gold = OrderedDict([
    ("trigger", OrderedDict([
        ("query", "China live-fire zone east of Taiwan coast guard boards container ships"),
        ("alt_queries", [
            "Chinese coast guard inspects two Taiwan-bound container ships",
            "Eastern Rampart-2025 exercise east of Taiwan",
            "China five-day exclusion zone off Hualien",
            "Jade Meridian and Orchid Venture boarded by China Coast Guard",
            "Beijing closes sea east of Taiwan for live-fire drills",
            "PLA Eastern Theater Command drills November 2025 Taiwan shipping rerouted",
            "Taipei protests Chinese boarding of merchant ships",
            "China halts cargo ships heading to Taiwan during military exercise",
            "ships reroute around Chinese drill zone near Taiwan",
            "Chinese drills east of Taiwan container ship inspections",
        ]),
        ("origin_article_ids", origin_ids),
        ("date", TRIGGER_DATE),
    ])),
    ("watched_region", "Southeast Asia"),
    ("control_region", "Andean states"),
    ("stories", stories),
    ("storylines", storylines),
    ("reaction_stories", reaction_stories),
    ("reactions", reactions),
    ("analyst_citations", citations),
    ("brief_facts", facts),
])
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)

# ---------------- README ----------------
cats = OrderedDict([("trigger-origin", "Trigger origin story"), ("trigger-followup", "Trigger follow-ups"),
                    ("reaction", "Watched-region reactions"), ("decoy", "Decoys"),
                    ("watched-unrelated", "Watched-region unrelated"), ("control", "Control region (Andean states)"),
                    ("world", "World background")])
rows = []
for c, label in cats.items():
    sel = [a for a in arts if a["cat"] == c]
    rows.append("| %s | %d | %d |" % (label, len(sel), len({a["story"] for a in sel})))
pre = sum(1 for a in arts if utc(a["published"]).date().isoformat() < TRIGGER_DATE)
first = utc(arts[0]["published"]).date(); last = utc(arts[-1]["published"]).date()
readme = """# Ripple corpus f (prefix `tf`)

## Scenario
On 3 November 2025 China's PLA Eastern Theater Command declares a five-day live-fire exclusion zone
("Eastern Rampart-2025") in the Pacific east of Taiwan, off Hualien, and the China Coast Guard halts and
boards two Taiwan-bound container ships, the Singapore-managed *Jade Meridian* (14 Filipino crew, held
11 hours) and Tidewell Marine's *Orchid Venture*. At least 37 ships reroute; Taipei protests.
Follow-ups: a coast-guard notice claiming a right to inspect Taiwan-bound cargo, a Kaohsiung port
backlog, higher war-risk premiums, a Taiwanese support package, a G7 statement and a later boarding
(*Silver Heron*).

Watched region: **Southeast Asia** (Philippine coast-guard deployment to Batanes, Singapore MFA/MPA
statement, Indonesian foreign-ministry statement, Meranti Feeder Lines suspending Taiwan east-coast calls,
ASEAN chair's statement, Vietnamese electronics switching to air freight, Malaysia's chip task force,
Thailand's commerce war room). Control region: **Andean states**. All people, companies, ships and outlets
are invented; outlets use `.example` domains.

## Counts
| Category | Articles | Stories |
|---|---|---|
%s
| **Total** | **%d** | **%d** |

- Articles published before the trigger date (%s): %d of %d (%.0f%%).
- Date span: %s to %s (UTC).
- Outlets: %d.
- Storylines: %d.
- Reaction stories: %d; reaction sentences: %d.
- Analyst citations: %d; brief facts: %d.

## Files
`articles.jsonl`, `gold.json`, `build_part1.py`..`build_part3.py` (article text), `common.py`,
`build_final.py` (assembles ids, gold and this README), `validate.py` (checks the brief's rules).

## Provenance
Written blind from the labelling guideline (`story-labels.md`) and the writer brief alone; no project
code, data, analysis software or other corpora were read. Every sentence was written for this corpus.
""" % ("\n".join(rows), len(arts), len(set(stories.values())), TRIGGER_DATE, pre, len(arts),
       100.0 * pre / len(arts), first, last, len({a["source"] for a in arts}),
       len(set(storylines.values())), len(reaction_stories), len(reactions), len(citations), len(facts))
with open("README.md", "w", encoding="utf-8") as f:
    f.write(readme)
print("wrote", len(arts), "articles;", len(set(stories.values())), "stories")
