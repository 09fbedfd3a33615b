"""Shared helpers for the build scripts (standard library only)."""
import json, os, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))

# outlet name -> (domain, country, timezone rule)
OUTLETS = {
    "Marmara News Agency": ("marmaranews.example", "Turkey", "TR"),
    "Bosphorus Ledger": ("bosphorusledger.example", "Turkey", "TR"),
    "Tbilisi Courier": ("tbilisicourier.example", "Georgia", "GE"),
    "Caspian Dispatch": ("caspiandispatch.example", "Azerbaijan", "AZ"),
    "Yerevan Evening Post": ("yerevanpost.example", "Armenia", "AM"),
    "Steppe Business Review": ("steppebusiness.example", "Kazakhstan", "KZ"),
    "Meridian Wire": ("meridianwire.example", "United Kingdom", "UK"),
    "Fjordline Energy": ("fjordlineenergy.example", "Norway", "CE"),
    "Rhein Tribune": ("rheintribune.example", "Germany", "CE"),
    "Highveld Herald": ("highveldherald.example", "South Africa", "ZA"),
    "Zambezi Times": ("zambezitimes.example", "Zimbabwe", "ZA"),
    "Namib Observer": ("namibobserver.example", "Namibia", "ZA"),
    "Capitol Harbor Post": ("capitolharbor.example", "United States", "US"),
    "Straits Mercantile": ("straitsmercantile.example", "Singapore", "SG"),
    "Coromandel Standard": ("coromandelstandard.example", "India", "IN"),
}

FIXED = {"TR": 180, "GE": 240, "AZ": 240, "AM": 240, "KZ": 300, "ZA": 120, "SG": 480, "IN": 330}


def offset_minutes(rule, local):
    if rule in FIXED:
        return FIXED[rule]
    d = local.date()
    if rule == "UK":
        return 60 if d < dt.date(2025, 10, 26) else 0
    if rule == "CE":
        return 120 if d < dt.date(2025, 10, 26) else 60
    if rule == "US":
        return -240 if d < dt.date(2025, 11, 2) else -300
    raise ValueError(rule)


def iso(outlet, local_str):
    local = dt.datetime.strptime(local_str, "%Y-%m-%d %H:%M")
    m = offset_minutes(OUTLETS[outlet][2], local)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return local.strftime("%Y-%m-%dT%H:%M:00") + "%s%02d:%02d" % (sign, m // 60, m % 60)


def art(key, outlet, when, slug, title, cat, story, storyline, text):
    domain = OUTLETS[outlet][0]
    paras = [p.strip() for p in text.strip().split("\n\n")]
    paras = [" ".join(p.split()) for p in paras if p]
    y, mo, da = when[:10].split("-")
    return {
        "key": key, "outlet": outlet, "published": iso(outlet, when),
        "url": "https://www.%s/%s/%s/%s/%s" % (domain, y, mo, da, slug),
        "title": title, "cat": cat, "story": story, "storyline": storyline,
        "text": "\n\n".join(paras),
    }


def save(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    for a in items:
        print(a["key"], len(a["text"].split()), a["published"], a["title"][:60])
