import re
OUTLETS = {
    "Meridian Wire Service": ("meridianwire.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "Global Press Agency": ("globalpressagency.example", "news/{y}{m}{d}-{slug}"),
    "The Harbour Tribune": ("harbourtribune.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "Continental Daily": ("continentaldaily.example", "{y}/{m}/{d}/{sec}/{slug}"),
    "The Lakeside Courier": ("lakesidecourier.example", "{sec}/{slug}-{y}{m}{d}"),
    "Eastern Star Herald": ("easternstarherald.example", "{sec}/{y}/{m}/{slug}"),
    "Pacific Ledger": ("pacificledger.example", "{y}/{m}/{d}/{slug}"),
    "Northgate Times": ("northgatetimes.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "The Savanna Post": ("savannapost.example", "{sec}/{y}-{m}-{d}-{slug}"),
    "Capital Observer": ("capitalobserver.example", "{sec}/{slug}"),
    "Atlas News Network": ("atlasnews.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "Bluewater Gazette": ("bluewatergazette.example", "{y}/{m}/{d}/{sec}/{slug}"),
    "The Morning Dispatch": ("morningdispatch.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "Keystone Business Review": ("keystonebusiness.example", "{sec}/{y}/{m}/{slug}"),
    "Sentinel Asia": ("sentinelasia.example", "{sec}/{y}/{m}/{d}/{slug}"),
    "The Evening Chronicle": ("eveningchronicle.example", "{sec}/{y}/{m}/{d}/{slug}"),
}

def slugify(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return "-".join(s.split("-")[:9])

def norm_text(t):
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in t.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)

def art(id, source, title, published, text, story, storyline, sec="world", dup=None):
    dom, pat = OUTLETS[source]
    y, m, d = published[:4], published[5:7], published[8:10]
    url = "https://www." + dom + "/" + pat.format(sec=sec, y=y, m=m, d=d, slug=slugify(title))
    return dict(id=id, url=url, source=source, title=title, published=published,
                text=norm_text(text), story=story, storyline=storyline, dup=dup)

def copy_of(orig, id, source, title, published, edits, story=None, storyline=None, sec="world", lead_from=None, lead_to=None, tail=None):
    """near-verbatim wire copy: apply small (old,new) replacements to the original text"""
    t = orig["text"]
    for old, new in edits:
        assert old in t, (id, old)
        t = t.replace(old, new, 1)
    if tail:
        t = t + "\n\n" + tail
    return art(id, source, title, published, t, story or orig["story"], storyline or orig["storyline"], sec=sec, dup=orig["id"])
