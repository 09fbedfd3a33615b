"""Render a ripple report as Markdown (its JSON form is the report dict itself)."""
from __future__ import annotations

import json
from collections.abc import Mapping

from aftershock.ripple.evidence import METRIC_LABELS
from aftershock.signals.describe import short_date


def _cell(text) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _shift_table(shifts: list[Mapping]) -> list[str]:
    lines = [("| series | metric | before | after | effect | raw events/day | p | q | "
              "significant |"), "|---|---|---:|---:|---:|---:|---:|---:|:---:|"]
    for shift in shifts:
        effect = f"{shift['effect']:g} ({shift['effect_kind'].replace('_', ' ')})"
        raw = (f"{shift['raw_before']:g} → {shift['raw_after']:g}" if "raw_before" in shift
               else "")
        lines.append(
            f"| {_cell(shift['series'])} | {METRIC_LABELS.get(shift['metric'], shift['metric'])} "
            f"| {shift['before']:g} | {shift['after']:g} | {effect} | {raw} "
            f"| {shift['p_value']:.3g} | {shift['q_value']:.3g} "
            f"| {'yes' if shift['significant'] else 'no'} |"
        )
    return lines


def shift_count_line(report: Mapping) -> str:
    """"2 significant shifts of 25 tests": the one wording of the shift counts (CLI, brief)."""
    summary = report.get("summary") or {}
    significant = summary.get("significant_shifts", 0)
    tests = summary.get("shift_tests", len(report.get("shifts") or []))
    status = report.get("shift_status") or "tested"
    if not tests:
        return f"no shift tested ({status})"
    return (f"{significant} significant shift{'s' * (significant != 1)} of {tests} "
            f"test{'s' * (tests != 1)}")


def ripple_to_markdown(report: Mapping) -> str:
    """A readable Markdown report: trigger, window, reactions, shifts and ranked evidence."""
    trigger, region = report["trigger"], report["region"]
    lines = [f"# Ripple: {trigger['headline']} → {region['name']}", ""]
    if report.get("id") is not None:
        lines += [f"Ripple id: {report['id']}", ""]
    lines += _overview_lines(report)
    lines += ["", f"## Reactions ({len(report['reactions'])})", ""]
    if not report["reactions"]:
        lines.append("No events by or toward the region referred to the trigger in the window.")
    lines += [_reaction_line(reaction) for reaction in report["reactions"]]
    lines += ["", f"## Shifts ({shift_count_line(report)})", ""]
    if report["shifts"]:
        lines += _shift_table(report["shifts"])
        lines += ["", ("Shares are of all coded events in the period; q-values are "
                       "Benjamini–Hochberg adjusted across all series and metrics. A shift is "
                       "measured, not linked: it is not evidence of the trigger.")]
    else:
        lines.append(f"No shift tested: {report.get('shift_status') or 'too few events'}.")
    lines += ["", "## Evidence", ""]
    if report.get("evidence_note"):
        lines += [f"_Nothing is linked: {report['evidence_note']}._", ""]
    lines += [_evidence_line(item) for item in report["evidence"]]
    return "\n".join(lines).rstrip() + "\n"


def _overview_lines(report: Mapping) -> list[str]:
    """The trigger, its countries and key terms, the region, the window, the baseline and the
    verdict, one bullet each."""
    trigger, region, window = report["trigger"], report["region"], report["window"]
    lines = [
        f"- **Trigger**: story {trigger['story_id']}, first seen {trigger['first_seen']}",
        (f"- **Trigger countries**: {', '.join(trigger['countries']) or '—'}"
         f" (focal: {', '.join(trigger.get('focal_countries') or []) or '—'})"),
        f"- **Key terms**: {', '.join(trigger.get('key_terms') or []) or '—'}",
        f"- **Watched region**: {region['name']} ({', '.join(region['countries'])})",
        (f"- **Window**: {window['start']} to {window['end']}"
         f" (data to {window.get('observed_end', window['end'])})"),
    ]
    if report.get("baseline"):
        baseline = report["baseline"]
        lines.append(f"- **Baseline**: {baseline.get('observed_start', baseline['start'])} to "
                     f"{baseline['end']}")
    verdict = report.get("verdict")
    if verdict:
        lines.append(f"- **Verdict**: {'ripple detected' if verdict['detected'] else 'no ripple'}"
                     f" — {verdict['reason']}")
    return lines


def _reaction_line(reaction: Mapping) -> str:
    return (
        f"- **{short_date(reaction['date'])}** — {reaction['summary']} "
        f"(CAMEO {reaction['cameo']}, Goldstein {reaction['goldstein']:g}; "
        f"score {reaction['score']:g}). _{reaction['sentence']}_ "
        f"— {reaction.get('outlet') or 'unknown outlet'}, <{reaction.get('url') or ''}>. "
        f"Linked because {reaction['link']['why']}."
    )


def _evidence_line(item: Mapping) -> str:
    when = short_date(item["date"]) if item.get("date") else "undated"
    return (
        f"{item.get('rank', '-')}. [{_cell(item['title'])}]({item['url']}) — "
        f"{item.get('outlet') or ''}, {when}: \"{item['sentence']}\" "
        f"({item['why']}; article {item['article_id']}"
        + (f", event {item['event_id']}" if item.get("event_id") is not None else "") + ")"
    )


def ripple_to_json(report: Mapping) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)
