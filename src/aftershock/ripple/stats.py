"""Before/after tests for ripple shifts and the Benjamini-Hochberg false discovery rate
adjustment."""
from __future__ import annotations

import math
from collections.abc import Sequence

from aftershock.config import settings


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """BH-adjusted q-values in the input order (monotone, capped at 1)."""
    count = len(p_values)
    if count == 0:
        return []
    order = sorted(range(count), key=lambda i: p_values[i])
    adjusted = [0.0] * count
    running_min = 1.0
    for rank in range(count, 0, -1):
        index = order[rank - 1]
        running_min = min(running_min, p_values[index] * count / rank)
        adjusted[index] = min(1.0, running_min)
    return adjusted


def proportion_comparison(hits_before: int, n_before: int, hits_after: int, n_after: int) -> dict:
    """Compare two shares with Fisher's exact test; effect is the difference after minus before."""
    from scipy import stats  # (here: it takes most of a second to import)
    table = [[hits_after, n_after - hits_after], [hits_before, n_before - hits_before]]
    p_value = stats.fisher_exact(table).pvalue if n_before and n_after else 1.0
    before = hits_before / n_before if n_before else 0.0
    after = hits_after / n_after if n_after else 0.0
    return {"before": before, "after": after, "effect": after - before,
            "effect_kind": "difference", "p_value": float(p_value)}


def mean_comparison(before: Sequence[float], after: Sequence[float]) -> dict:
    """Compare two samples: two-sided Mann-Whitney U, effect = Cohen's d (pooled SD, floored)."""
    from scipy import stats  # (here: it takes most of a second to import)
    mean_before = sum(before) / len(before)
    mean_after = sum(after) / len(after)
    var_before = _variance(before, mean_before)
    var_after = _variance(after, mean_after)
    dof = len(before) + len(after) - 2
    pooled = (
        math.sqrt(((len(before) - 1) * var_before + (len(after) - 1) * var_after) / dof)
        if dof > 0
        else 0.0
    )
    p_value = 1.0
    if len(set(before) | set(after)) > 1:
        p_value = float(stats.mannwhitneyu(after, before, alternative="two-sided").pvalue)
    return {"before": mean_before, "after": mean_after,
            "effect": (mean_after - mean_before) / max(pooled, settings().ripple.effect_sd_floor),
            "effect_kind": "cohens_d", "p_value": p_value}


def _variance(values: Sequence[float], mean: float) -> float:
    if len(values) < 2:
        return 0.0
    return sum((v - mean) ** 2 for v in values) / (len(values) - 1)
