"""Quality checks on a brief model: repetition, citations, faithfulness, length and key facts.

Used by the tests and by `bench/briefs.py`; each check returns the problems it found (an empty
list when the brief passes), so a report can say exactly which sentence failed and why.

- `repeated_content`: no two body sentences (and no two highlights) share most of their content
  words (overlap / size of the shorter sentence above [briefs] `check_repeat_share`);
- `unresolved_citations`: every sentence cites at least one number, every number is a listed
  source, sources are numbered 1..n with no gaps, and each is cited;
- `untraceable_sentences`: every extracted sentence (or, when it was repaired, its original)
  occurs in the text of the article its first citation names; numbers derived from the signals
  are exempt but must still cite the articles behind them;
- `unentailed_highlights`: every highlight's words occur, in order, in its quoted sentence, and
  that sentence occurs in the cited article;
- `mistimed_citations`: every citation of every sentence and highlight, not only the first, names
  an article published on or after the act the sentence dates (a report cannot precede its act)
  and, for a ripple brief, no later than the end of its period;
- `length_problems`: [briefs] `check_min_highlights` to `check_max_highlights` highlights (fewer
  only when the body has fewer sentences) of at most `check_highlight_words` words, sentences
  of at most `check_sentence_words`, at most `check_brief_words` in all;
- `key_fact_coverage`: for a gold list of facts (regexes that must all match one cited sentence,
  and the gold articles one of which must be among the sources), which are stated.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from aftershock.briefs.highlights import is_entailed
from aftershock.briefs.select import content_words
from aftershock.config import settings
from aftershock.text import fold, strip_dateline


def body_sentences(brief: Mapping) -> list[tuple[str, dict]]:
    """(where, sentence) for every section sentence, in reading order."""
    found = []
    for section in brief.get("sections", []):
        for paragraph in section.get("paragraphs", []):
            where = section["title"] + (
                f" / {paragraph['heading']}" if paragraph.get("heading") else ""
            )
            found += [(where, sentence) for sentence in paragraph.get("sentences", [])]
    return found


def all_sentences(brief: Mapping) -> list[tuple[str, dict]]:
    return [("Highlights", h) for h in brief.get("highlights", [])] + body_sentences(brief)


def overlap(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def repeated_content(brief: Mapping, threshold: float | None = None) -> list[str]:
    """Pairs of sentences sharing more than `threshold` (default: [briefs] `check_repeat_share`)
    of their content words."""
    threshold = settings().briefs.check_repeat_share if threshold is None else threshold
    problems = []
    for group in ([s for _, s in body_sentences(brief)], brief.get("highlights", [])):
        texts = [s["text"] for s in group]
        for i, first in enumerate(texts):
            for second in texts[i + 1:]:
                if overlap(first, second) > threshold:
                    problems.append(
                        f"repeated ({overlap(first, second):.2f}): {first!r} / {second!r}"
                    )
    return problems


def unresolved_citations(brief: Mapping) -> list[str]:
    numbers = [source["n"] for source in brief.get("sources", [])]
    problems = []
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.append(f"sources are not numbered 1..{len(numbers)}: {numbers}")
    cited = set()
    for where, sentence in all_sentences(brief):
        if not sentence.get("citations"):
            problems.append(f"{where}: no citation: {sentence['text']!r}")
        for n in sentence.get("citations", []):
            cited.add(n)
            if n not in numbers:
                problems.append(f"{where}: [{n}] is not a listed source: {sentence['text']!r}")
    problems += [f"source {n} is never cited" for n in numbers if n not in cited]
    return problems


def _normal(text: str) -> str:
    text = fold(strip_dateline(text or "")).replace("\u2019", "'").replace("\u201c", '"')
    return re.sub(r"\s+", " ", text.replace("\u201d", '"')).strip().lower()


def _source_article(brief: Mapping, sentence: Mapping, articles: Mapping) -> Mapping | None:
    by_n = {source["n"]: source for source in brief.get("sources", [])}
    source = by_n.get((sentence.get("citations") or [None])[0])
    return articles.get(source["article_id"]) if source else None


def untraceable_sentences(brief: Mapping, articles: Mapping) -> list[str]:
    problems = []
    for where, sentence in body_sentences(brief):
        if sentence.get("derived"):
            continue
        article = _source_article(brief, sentence, articles)
        if article is None:
            problems.append(f"{where}: cited article missing: {sentence['text']!r}")
            continue
        body = _normal(f"{article.get('title') or ''} {article.get('text') or ''}")
        text = sentence.get("quote") or sentence["text"]
        if _normal(text) not in body:
            problems.append(f"{where}: not found in article {article['id']}: {text!r}")
    return problems


def unentailed_highlights(brief: Mapping, articles: Mapping) -> list[str]:
    problems = []
    for highlight in brief.get("highlights", []):
        if highlight.get("derived"):
            continue
        quote = highlight.get("quote") or highlight["text"]
        article = _source_article(brief, highlight, articles)
        body = (
            _normal(f"{article.get('title') or ''} {article.get('text') or ''}") if article else ""
        )
        if _normal(quote) not in body:
            problems.append(f"highlight quote not in its cited article: {quote!r}")
        elif not is_entailed(highlight["text"], quote):
            problems.append(
                f"highlight says more than its source: {highlight['text']!r} / {quote!r}"
            )
    return problems


def mistimed_citations(brief: Mapping, articles: Mapping) -> list[str]:
    problems = []
    by_n = {source["n"]: source for source in brief.get("sources", [])}
    end = (brief.get("period") or {}).get("end") if brief.get("kind") == "ripple" else None
    items = [("highlight", h) for h in brief.get("highlights", [])] + body_sentences(brief)
    for where, sentence in items:
        act = str(sentence.get("date") or "")[:10]
        for n in sentence.get("citations") or []:
            article = articles.get((by_n.get(n) or {}).get("article_id"))
            published = str((article or {}).get("published") or "")[:10]
            if not published:
                continue
            if act and published < act:
                problems.append(f"{where}: [{n}] came out {published}, before the act of {act}: "
                                f"{sentence['text']!r}")
            elif end and published > str(end)[:10] and act:
                problems.append(f"{where}: [{n}] came out {published}, after the brief's period "
                                f"(to {end}): {sentence['text']!r}")
    return problems


def length_problems(brief: Mapping) -> list[str]:
    problems = []
    limits = settings().briefs
    low, high = limits.check_min_highlights, limits.check_max_highlights
    low = min(low, len(body_sentences(brief)))  # a two-sentence story cannot give three
    n = len(brief.get("highlights", []))
    if not low <= n <= high:
        problems.append(f"{n} highlights (want {low}-{high})")
    for highlight in brief.get("highlights", []):
        if len(highlight["text"].split()) > limits.check_highlight_words:
            problems.append(f"highlight over {limits.check_highlight_words} words: "
                            f"{highlight['text']!r}")
    total = 0
    for where, sentence in all_sentences(brief):
        words = len(sentence["text"].split())
        total += words
        if where != "Highlights" and words > limits.check_sentence_words:
            problems.append(f"{where}: sentence over {limits.check_sentence_words} words")
    if total > limits.check_brief_words:
        problems.append(f"brief is {total} words (at most {limits.check_brief_words})")
    return problems


def _source_urls(source: Mapping) -> set[str]:
    return {source.get("url")} | {copy.get("url") for copy in source.get("copies") or []}


def key_fact_coverage(brief: Mapping, facts: Iterable[Mapping]) -> dict:
    """{"stated": [...ids], "missing": [...ids], "uncited_gold": [...ids], "ratio"}: a fact is
    stated when one cited sentence matches all its patterns; its gold articles are cited when
    one of them (or a wire copy folded into a listed source) is among the sources."""
    texts = [s["text"] for _, s in all_sentences(brief) if s.get("citations")]
    urls = set().union(*(_source_urls(s) for s in brief.get("sources", []))) if brief.get(
        "sources") else set()
    stated, missing, uncited = [], [], []
    facts = list(facts)
    for fact in facts:
        patterns = [re.compile(p, re.IGNORECASE) for p in fact["all"]]
        (stated if any(all(p.search(t) for p in patterns) for t in texts) else missing).append(
            fact["id"])
        if fact.get("articles") and not set(fact["articles"]) & urls:
            uncited.append(fact["id"])
    return {"stated": stated, "missing": missing, "uncited_gold": uncited,
            "ratio": round(len(stated) / len(facts), 3) if facts else 1.0}


def check_brief(brief: Mapping, articles: Iterable[Mapping]) -> dict[str, list[str]]:
    """Every check's problems, by check name."""
    by_id = {a["id"]: a for a in articles}
    return {
        "repeated_content": repeated_content(brief),
        "unresolved_citations": unresolved_citations(brief),
        "untraceable_sentences": untraceable_sentences(brief, by_id),
        "unentailed_highlights": unentailed_highlights(brief, by_id),
        "mistimed_citations": mistimed_citations(brief, by_id),
        "length_problems": length_problems(brief),
    }
