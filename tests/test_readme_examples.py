"""The README's generated examples (demo output, brief excerpt) match a fresh demo run, as
`make readme-check` checks; and the checker itself notices drift."""
import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "readme_examples.py"
spec = importlib.util.spec_from_file_location("readme_examples", TOOL)
readme_examples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(readme_examples)


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    return readme_examples.demo_blocks(tmp_path_factory.mktemp("readme") / "demo-out")


@pytest.mark.slow
def test_readme_examples_match_a_fresh_demo_run(blocks):
    readme = readme_examples.README.read_text(encoding="utf-8")
    assert readme_examples.drift(readme, blocks) == []


@pytest.mark.slow
def test_drift_is_reported_and_timings_are_not(blocks):
    readme = readme_examples.apply(readme_examples.README.read_text(encoding="utf-8"), blocks)
    slower = readme.replace("[0.", "[9.")
    assert readme_examples.drift(slower, blocks) == []
    edited = readme.replace("articles assigned", "articles placed", 1)
    diffs = readme_examples.drift(edited, blocks)
    assert len(diffs) == 1 and "articles placed" in diffs[0]
