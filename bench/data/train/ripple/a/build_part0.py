# Builder for the rtrain-a corpus. Original fiction.
import json, re, datetime
OUTLETS = {
 "Nordlys Wire": "nordlyswire", "Baltic Ledger": "balticledger", "Meridian Press": "meridianpress",
 "Global Dispatch Agency": "globaldispatch", "Fjordposten Daily": "fjordposten", "Tidewater News": "tidewaternews",
 "Continental Herald": "continentalherald", "Isthmus Times": "isthmustimes", "Gulf Monitor": "gulfmonitor",
 "Lodestar Financial": "lodestarfinancial", "Keel & Cargo": "keelandcargo", "Polar Bulletin": "polarbulletin",
 "Cordillera Post": "cordillerapost", "Oresund Courier": "oresundcourier",
}
ARTS = []
def A(key, cat, story, storyline, published, source, title, city, paras, reactions=()):
    text = f"{city} ({source}) — " + paras[0] + "\n\n" + "\n\n".join(paras[1:])
    ARTS.append(dict(key=key, cat=cat, story=story, storyline=storyline, published=published,
                     source=source, title=title, text=text, reactions=list(reactions)))
