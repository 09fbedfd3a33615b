"""Benjamini-Hochberg q-values, and their use across every series the ripple examines."""
import pytest

from aftershock.ripple.stats import benjamini_hochberg


def test_bh_matches_hand_computed_values():
    p_values = [0.01, 0.04, 0.03, 0.20]
    # sorted: 0.01*4/1=0.04, 0.03*4/2=0.06, 0.04*4/3=0.0533 -> monotone 0.0533, 0.20*4/4=0.20
    assert benjamini_hochberg(p_values) == pytest.approx([0.04, 0.05333333, 0.05333333, 0.20])


def test_bh_is_monotone_capped_and_keeps_input_order():
    p_values = [0.9, 0.001, 0.5, 0.02, 0.02]
    q_values = benjamini_hochberg(p_values)
    assert all(q >= p for p, q in zip(p_values, q_values))
    assert max(q_values) <= 1.0
    ranked = sorted(range(5), key=lambda i: p_values[i])
    assert [q_values[i] for i in ranked] == sorted(q_values)
    assert benjamini_hochberg([]) == []


def test_single_test_is_unchanged():
    assert benjamini_hochberg([0.03]) == [0.03]
