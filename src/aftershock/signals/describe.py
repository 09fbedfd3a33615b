"""Plain-English descriptions of coded events ("North Korea condemned the United States")."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from aftershock.gazetteer import COUNTRIES, country_name

# CAMEO root -> (verb with a target, verb phrase without one)
ROOT_VERBS = {
    "01": ("made a public statement about", "made a public statement"),
    "02": ("appealed to", "issued an appeal"),
    "03": ("signalled readiness to cooperate with", "signalled readiness to cooperate"),
    "04": ("held talks with", "held consultations"),
    "05": ("engaged diplomatically with", "engaged in diplomatic cooperation"),
    "06": ("cooperated materially with", "engaged in material cooperation"),
    "07": ("provided aid to", "provided aid"),
    "08": ("made concessions to", "made concessions"),
    "09": ("investigated", "opened an investigation"),
    "10": ("made demands of", "issued demands"),
    "11": ("criticised", "voiced disapproval"),
    "12": ("rejected overtures from", "rejected a proposal"),
    "13": ("threatened", "issued threats"),
    "14": ("protested against", "staged protests"),
    "15": ("staged a show of force against", "staged a show of force"),
    "16": ("reduced relations with", "reduced relations"),
    "17": ("took coercive action against", "took coercive action"),
    "18": ("assaulted", "carried out an assault"),
    "19": ("attacked", "carried out military attacks"),
    "20": ("used mass violence against", "used mass violence"),
}

# More specific verbs for a few frequent CAMEO codes
CODE_VERBS = {
    "036": ("agreed to talks with", "agreed to hold talks"),
    "111": ("condemned", "issued a condemnation"),
    "112": ("accused", "made accusations"),
    "114": ("lodged a complaint with", "lodged a complaint"),
    "138": ("threatened military action against", "threatened military action"),
    "150": ("staged a show of force against", "staged a show of force"),
    "173": ("detained", "made arrests"),
    "195": ("carried out air strikes on", "carried out air strikes"),
}



def _demonym(code: str) -> str | None:
    country = COUNTRIES.get(code)
    if not country:
        return None
    for alias in country.aliases:
        if (
            alias == "U.S."
            or alias.endswith(("an", "ese", "ish", "ian", "i", "ic"))
            and " " not in alias
        ):
            return alias
        if alias.startswith(("North ", "South ")) and alias.endswith("an"):
            return alias
    return None


def actor_phrase(
    actor_code: str | None, country: str | None, fallback: str = "", capitalise=False
) -> str:
    """Name an actor: the country for governments and plain codes, "<demonym> forces" for MIL."""
    code = (actor_code or "").upper()
    if country:
        phrase = country_name(country)
        if code[3:6] == "MIL":
            demonym = _demonym(country)
            phrase = f"{demonym} forces" if demonym else f"{country_name(country)}'s military"
    elif code:
        phrase = country_name(code[:6]) if code.startswith("IGO") else (fallback or code)
    else:
        phrase = fallback or "an unidentified actor"
    return phrase[0].upper() + phrase[1:] if capitalise and phrase else phrase


def event_verb(event: Mapping, with_target: bool) -> str:
    cameo = str(event.get("cameo") or "")
    root = str(event.get("root") or cameo[:2])
    verbs = CODE_VERBS.get(cameo) or ROOT_VERBS.get(root) or ("acted towards", "acted")
    return verbs[0] if with_target else verbs[1]


def short_date(value: str | date) -> str:
    """"Jan 4" for 2026-01-04."""
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return f"{day.strftime('%b')} {day.day}"


def describe_event(event: Mapping, with_date: bool = False) -> str:
    """"North Korea condemned the United States" (optionally "... (Jan 4)") from a coded event."""
    source = actor_phrase(event.get("source_code"), event.get("source_country"),
                          event.get("source_text") or "", capitalise=True)
    has_target = bool(event.get("target_country") or event.get("target_code"))
    same_side = has_target and event.get("target_country") == event.get("source_country")
    if has_target and not same_side:
        target = actor_phrase(event.get("target_code"), event.get("target_country"),
                              event.get("target_text") or "")
        if str(event.get("root") or "") in ("17", "18") and event.get("target_country"):
            # people are detained or assaulted, not countries
            role = (event.get("target_code") or "")[3:6]
            name = country_name(event["target_country"])
            target = f"{name}'s leadership" if role == "GOV" else f"people in {name}"
        text = f"{source} {event_verb(event, True)} {target}"
    else:
        text = f"{source} {event_verb(event, False)}"
    if with_date and event.get("date"):
        text += f" ({short_date(event['date'])})"
    return text
