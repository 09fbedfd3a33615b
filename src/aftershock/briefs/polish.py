"""Optional LLM polish: an OpenAI-compatible chat endpoint may rewrite a prose paragraph for
fluency, and a verifier keeps only rewrites in which every sentence stays sourced.

Nothing here runs by default. `backend_from_env()` returns a backend only when
`AFTERSHOCK_LLM_BASE_URL` and `AFTERSHOCK_LLM_MODEL` are set (`AFTERSHOCK_LLM_API_KEY` is sent
as a bearer token when present). The verifier rejects a rewritten paragraph when any of its
sentences
- cites no source ("[n]" markers),
- cites a number the original paragraph did not cite, or
- contains a name (a capitalised word) or a number that none of the original sentences it cites
  contains.
A rejected paragraph keeps its extractive text; a failed request does too. Polished sentences
carry `"derived": "polish"` and the reasons for every rejection are returned in the report.
"""
from __future__ import annotations

import copy
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from aftershock.text import split_sentences

SYSTEM_PROMPT = (
    "You edit intelligence briefs. Rewrite the paragraph you are given so that it reads fluently. "
    "Keep every fact and add none: use only names, numbers and claims found in the input. End "
    "every sentence with the citation markers, such as [2] or [2][5], of the input sentences it "
    "draws on. Answer with the rewritten paragraph only."
)
# Citation markers right after a sentence's end ("... said. [2][5] Next"): moved before it, so
# the one sentence splitter (aftershock.text) keeps them with their sentence.
_MARKERS_AFTER_END = re.compile(r"([.!?][\"\u201d\u2019)]*)((?:\s*\[\d+\])+)")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
OPENERS = frozenset([
    "The", "A", "An", "In", "On", "At", "After", "Before", "While", "When", "As", "But", "And",
    "Yet", "Still", "Meanwhile", "Also", "However", "Since", "Despite", "Following", "Later",
    "Earlier", "Then", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "It",
    "They", "He", "She", "We", "For", "With", "From", "By", "Of", "To", "Over", "Under",
    "Both", "Such", "Some", "Many", "Most", "Few", "Analysts", "Officials", "Critics",
])


class PolishError(RuntimeError):
    """The chat endpoint could not be reached or answered with something unusable."""


@dataclass
class ChatBackend:
    """An OpenAI-compatible chat completions endpoint (`{base_url}/chat/completions`)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0

    def complete(self, system: str, user: str, client=None) -> str:
        import httpx
        url = self.base_url.rstrip("/") + "/chat/completions"
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        payload = {"model": self.model, "temperature": 0,
                   "messages": [{"role": "system", "content": system},
                                {"role": "user", "content": user}]}
        try:
            if client is None:
                with httpx.Client(timeout=self.timeout) as own:
                    response = own.post(url, json=payload, headers=headers)
            else:
                response = client.post(url, json=payload, headers=headers)
            response.raise_for_status()
            return response.json()["choices"][0]["message"]["content"]
        except httpx.HTTPError as exc:
            raise PolishError(f"chat endpoint {url}: {exc}") from exc
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise PolishError(f"chat endpoint {url}: unexpected answer ({exc!r})") from exc


def backend_from_env(environ: Mapping[str, str] = os.environ) -> ChatBackend | None:
    base_url, model = environ.get("AFTERSHOCK_LLM_BASE_URL"), environ.get("AFTERSHOCK_LLM_MODEL")
    if not base_url or not model:
        return None
    return ChatBackend(base_url=base_url, model=model,
                       api_key=environ.get("AFTERSHOCK_LLM_API_KEY") or None)


def paragraph_prompt(paragraph: Mapping) -> str:
    return "\n".join(f"{s['text']} " + "".join(f"[{n}]" for n in s["citations"])
                     for s in paragraph["sentences"])


def split_cited(text: str) -> list[tuple[str, list[int]]]:
    """[(sentence without its markers, the citation numbers found anywhere in it)]; sentences
    are split as everywhere else (aftershock.text.split_sentences), markers written after a
    sentence's end staying with it."""
    found = []
    moved = _MARKERS_AFTER_END.sub(lambda m: m.group(2) + m.group(1), (text or "").strip())
    for chunk in split_sentences(moved):
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", chunk)]
        sentence = re.sub(r"\s*\[\d+\]", "", chunk)
        sentence = re.sub(r"\s+([,.;:!?])", r"\1", sentence).strip()
        if re.search(r"\w", sentence):
            found.append((sentence, list(dict.fromkeys(numbers))))
    return found


def _unsupported(sentence: str, support: str) -> list[str]:
    missing = []
    for number in _NUMBER.findall(sentence):
        if number not in support:
            missing.append(f"number {number!r}")
    lowered = support.lower()
    for match in _CAPITALISED.finditer(sentence):
        word = match.group().rstrip("'\u2019s") if match.group().endswith(("'s", "\u2019s")) \
            else match.group()
        if word in support:
            continue
        opening = (
            sentence[: match.start()].strip() == ""
            or sentence[: match.start()].rstrip()[-1:] in ':;"\u201c'
        )
        if opening and (word in OPENERS or word.lower() in lowered):
            continue
        missing.append(f"name {word!r}")
    return missing


def verify_rewrite(output: str, paragraph: Mapping) -> tuple[list[dict] | None, list[str]]:
    """(new sentences, []) when every rewritten sentence is sourced, else (None, reasons)."""
    by_number: dict[int, list[dict]] = {}
    for sentence in paragraph["sentences"]:
        for n in sentence["citations"]:
            by_number.setdefault(n, []).append(sentence)
    rewritten, reasons = [], []
    pieces = split_cited(output or "")
    if not pieces:
        return None, ["empty rewrite"]
    for text, numbers in pieces:
        sentence, reason = _verified_sentence(text, numbers, by_number)
        if reason:
            reasons.append(reason)
        else:
            rewritten.append(sentence)
    kept = {n for sentence in rewritten for n in sentence["citations"]}
    dropped = sorted(set(by_number) - kept)
    if not reasons and dropped:
        reasons.append(f"drops sources {dropped}: a rewrite may not lose what they support")
    return (None, reasons) if reasons else (rewritten, [])


def _verified_sentence(text: str, numbers: list[int],
                       by_number: Mapping[int, list[dict]]) -> tuple[dict | None, str | None]:
    """(the rewritten sentence, None) when its citations are the paragraph's and its sources
    hold every name and number it states, else (None, why not)."""
    if not numbers:
        return None, f"cites no source: {text!r}"
    strangers = [n for n in numbers if n not in by_number]
    if strangers:
        return None, f"cites {strangers} which the paragraph does not: {text!r}"
    cited = [s for n in dict.fromkeys(numbers) for s in by_number[n]]
    cited = list({id(s): s for s in cited}.values())
    missing = _unsupported(text, " ".join(s["text"] for s in cited))
    if missing:
        return None, f"adds {', '.join(missing)} absent from its sources: {text!r}"
    dates = sorted(s["date"] for s in cited if s.get("date"))
    return {"text": text, "citations": list(dict.fromkeys(numbers)),
            "article_id": cited[0]["article_id"],
            "date": dates[0] if dates else None,
            "event_ids": sorted({e for s in cited for e in s.get("event_ids", [])}, key=str),
            "derived": "polish"}, None


def polish_brief(brief: Mapping, backend: ChatBackend, client=None) -> tuple[dict, list[dict]]:
    """A copy of the brief with its prose paragraphs (two sentences or more, not dated lists, not
    measured shifts) rewritten where the verifier accepts the rewrite; and a report per
    paragraph."""
    polished, report = copy.deepcopy(dict(brief)), []
    for section in polished.get("sections", []):
        for paragraph in section.get("paragraphs", []):
            sentences = paragraph.get("sentences", [])
            if (
                paragraph.get("style")
                or len(sentences) < 2
                or any(s.get("derived") for s in sentences)
            ):
                continue
            where = section["title"] + (
                f" / {paragraph['heading']}" if paragraph.get("heading") else ""
            )
            try:
                output = backend.complete(SYSTEM_PROMPT, paragraph_prompt(paragraph), client=client)
            except PolishError as exc:
                report.append({"paragraph": where, "accepted": False, "reasons": [str(exc)]})
                continue
            rewritten, reasons = verify_rewrite(output, paragraph)
            if rewritten:
                paragraph["sentences"] = rewritten
            report.append({"paragraph": where, "accepted": bool(rewritten), "reasons": reasons})
    return polished, report


def polish_from_env(brief: dict, environ: Mapping[str, str] = os.environ) -> dict:
    """The brief polished by the configured endpoint, or the brief itself when none is set."""
    backend = backend_from_env(environ)
    if backend is None:
        return brief
    polished, report = polish_brief(brief, backend)
    polished["polish"] = {"model": backend.model, "paragraphs": report}
    return polished
