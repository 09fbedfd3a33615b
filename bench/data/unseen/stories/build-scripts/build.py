import json, collections
import u1, u2, u3, u4, u5
arts = u1.A + u2.A + u3.A + u4.A + u5.A
out = "/work/blind/stories/"
with open(out + "articles.jsonl", "w") as f:
    for a in arts:
        f.write(json.dumps({k: a[k] for k in ("id", "url", "source", "title", "published", "text")}, ensure_ascii=False) + "\n")
gold = {
  "_about": ("Gold labels for a blind, frozen evaluation corpus of fictional news articles. "
             "'stories': one happening and all its coverage (straight reports, wire copies, follow-ups, analysis/explainers about it), "
             "labelled per /work/blind/stories/GUIDELINE.md incl. its working rules (outside governments' reactions headlined as news and new separate acts are their own stories; "
             "the acted-on party's response stays with the happening; broad columns stand alone). "
             "'storylines': the longer thread each story belongs to (a singleton story is its own storyline). "
             "'duplicates': near-verbatim wire copies mapped to their original (copy_id -> original_id); copies share the original's labels."),
  "stories": {a["id"]: a["story"] for a in arts},
  "storylines": {a["id"]: a["storyline"] for a in arts},
  "duplicates": {a["id"]: a["dup"] for a in arts if a["dup"]},
}
json.dump(gold, open(out + "gold.json", "w"), indent=1, ensure_ascii=False)
