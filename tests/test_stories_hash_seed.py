"""A story's summary (its countries and entities) is the same in every process: ties in the
counts must not be broken by Python's per-process string hash seed."""
import json
import os
import subprocess
import sys

SCRIPT = """
import json
from aftershock.stories import summarise_story
docs = [{"id": str(i), "title": "Talks in Geneva", "published": "2026-02-0%dT10:00:00Z" % (i + 1),
         "source": "Wire %d" % i,
         "text": "Delegates from Alpha Land, Beta Land, Gamma Land and Delta Land met in Geneva "
                 "with Omar Ruiz, Ines Kato and Lars Berg on trade."} for i in range(3)]
summary = summarise_story(docs, key="s", country_extractor=lambda t: {"FRA", "DEU", "ITA", "ESP"})
print(json.dumps([summary.countries, summary.top_entities]))
"""


def run(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def test_summaries_do_not_depend_on_the_hash_seed():
    first = run("1")
    assert first[0] == ["DEU", "ESP", "FRA", "ITA"]  # tied counts: a fixed order
    assert all(run(seed) == first for seed in ("2", "3", "4"))
