"""Shared fixtures: a fresh store per test and the paths of hand-written input files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aftershock.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def article(n: int, **over) -> dict:
    """A valid contract article; override any field."""
    base = {
        "id": f"t-{n}", "url": f"https://harbor.example/2026/01/0{n % 9 + 1}/story-{n}",
        "source": "Harbor Post", "title": f"Test headline number {n}",
        "published": f"2026-01-0{n % 9 + 1}T08:00:00+00:00",
        "text": f"Article {n} says the port of Lumen reopened after the storm number {n}. "
                f"Officials counted {n * 7} ships waiting outside the breakwater on day {n}.",
    }
    base.update(over)
    return base


def write_jsonl(path: Path, rows) -> Path:
    with open(path, "wb") as fh:
        fh.writelines(row if isinstance(row, bytes) else json.dumps(row).encode() + b"\n" for row in rows)
    return path
