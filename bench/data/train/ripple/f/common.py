"""Shared helpers for the tf corpus build scripts (standard library only)."""
import datetime as dt
import re

OUTLETS = {
    # key: (name, domain, country, tz rule)
    "SMP": ("Straits Morning Post", "straitsmorningpost.example", "SGP", "+08"),
    "MDC": ("Manila Daily Courier", "maniladailycourier.example", "PHL", "+08"),
    "SET": ("Saigon Economic Times", "saigoneconomictimes.example", "VNM", "+07"),
    "JHR": ("Jakarta Harbour Review", "jakartaharbourreview.example", "IDN", "+07"),
    "BKT": ("Bangkok Tribune", "bangkoktribune.example", "THA", "+07"),
    "KLL": ("Kuala Lumpur Ledger", "klledger.example", "MYS", "+08"),
    "TES": ("Taipei Evening Standard", "taipeievening.example", "TWN", "+08"),
    "OWS": ("Orient Wire Service", "orientwire.example", "HKG", "+08"),
    "GDA": ("Global Dispatch Agency", "globaldispatch.example", "GBR", "london"),
    "TMJ": ("Tokyo Maritime Journal", "tokyomaritime.example", "JPN", "+09"),
    "ACO": ("Andes Correo", "andescorreo.example", "PER", "-05"),
    "VDQ": ("La Voz de Quito", "vozdequito.example", "ECU", "-05"),
    "BOG": ("Bogota Observer", "bogotaobserver.example", "COL", "-05"),
    "RHC": ("Rhine Courier", "rhinecourier.example", "DEU", "frankfurt"),
    "SHH": ("Sydney Harbour Herald", "sydneyharbourherald.example", "AUS", "+11"),
}

DST_END = dt.date(2025, 10, 26)  # Europe leaves summer time on 26 Oct 2025


def offset_for(outlet, day):
    rule = OUTLETS[outlet][3]
    if rule == "london":
        return "+01:00" if day < DST_END else "+00:00"
    if rule == "frankfurt":
        return "+02:00" if day < DST_END else "+01:00"
    return rule + ":00"


def clean(text):
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paras if p)


def A(key, outlet, local, title, slug, text, **extra):
    """local: 'YYYY-MM-DD HH:MM' in the outlet's local time."""
    d = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    off = offset_for(outlet, d.date())
    name, domain = OUTLETS[outlet][0], OUTLETS[outlet][1]
    published = d.strftime("%Y-%m-%dT%H:%M:00") + off
    url = "https://www.%s/%s/%s" % (domain, d.strftime("%Y/%m/%d"), slug)
    rec = {"key": key, "url": url, "source": name, "title": title,
           "published": published, "text": clean(text)}
    rec.update(extra)
    return rec


def utc(published):
    return dt.datetime.fromisoformat(published).astimezone(dt.timezone.utc)
