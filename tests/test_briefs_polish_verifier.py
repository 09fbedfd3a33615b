"""LLM polish is optional and verified: a rewrite survives only if every sentence cites the
paragraph's sources and adds no name or number they lack; otherwise the extractive text stays."""
import json
from pathlib import Path

import pytest

from aftershock.briefs.polish import (
    ChatBackend,
    backend_from_env,
    polish_brief,
    polish_from_env,
    split_cited,
    verify_rewrite,
)

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "briefs" / "polish_responses.json")
                      .read_text(encoding="utf-8"))
PARAGRAPH = RECORDED["paragraph"]


def answer(name):
    return RECORDED["responses"][name]["choices"][0]["message"]["content"]


def brief():
    return {"kind": "story", "headline": "t", "highlights": [],
            "sections": [{"title": "Reactions", "paragraphs": [json.loads(json.dumps(PARAGRAPH))]}],
            "sources": [{"n": n, "article_id": n} for n in (3, 4, 5)]}


def test_honest_rewrite_is_accepted_with_its_citations():
    sentences, reasons = verify_rewrite(answer("honest"), PARAGRAPH)
    assert reasons == []
    assert [s["citations"] for s in sentences] == [[3, 4], [5]]  # one sentence, two sources
    assert all(s["derived"] == "polish" for s in sentences)
    assert sentences[0]["article_id"] == 73 and sentences[1]["date"] == "2026-01-05"


@pytest.mark.parametrize("name, reason", [
    ("uncited", "cites no source"),
    ("added_name", "name 'Kim"),
    ("added_number", "number '12'"),
    ("wrong_source", "cites [9]"),
    ("dropped_source", "drops sources [5]"),
    ("misattributed", "name 'Japan'"),
])
def test_dishonest_rewrites_are_rejected_with_a_reason(name, reason):
    sentences, reasons = verify_rewrite(answer(name), PARAGRAPH)
    assert sentences is None
    assert any(reason in r for r in reasons), reasons


def test_split_cited_keeps_markers_with_their_sentence():
    assert split_cited("The U.S. team did x [1], and y [2]. B did z. [3] Trailing claim.") == [
        ("The U.S. team did x, and y.", [1, 2]), ("B did z.", [3]), ("Trailing claim.", [])]
    # the one sentence splitter's rules: a title or an initial does not end a sentence
    assert split_cited("Mr. Smith said no [1]. Then John F. Kennedy left. [2]") == [
        ("Mr. Smith said no.", [1]), ("Then John F. Kennedy left.", [2])]


def test_backend_is_configured_only_by_environment():
    assert backend_from_env({}) is None
    assert backend_from_env({"AFTERSHOCK_LLM_BASE_URL": "http://127.0.0.1:1/v1"}) is None
    backend = backend_from_env({"AFTERSHOCK_LLM_BASE_URL": "http://127.0.0.1:1/v1",
                                "AFTERSHOCK_LLM_MODEL": "m", "AFTERSHOCK_LLM_API_KEY": "k"})
    assert (backend.model, backend.api_key) == ("m", "k")
    plain = brief()
    assert polish_from_env(plain, {}) is plain


def test_polish_over_a_loopback_endpoint_keeps_extractive_text_when_rejected(httpserver):
    answers = iter([RECORDED["responses"]["honest"], RECORDED["responses"]["added_name"]])
    seen = []

    def handler(request):
        from werkzeug import Response
        body = request.get_json()
        seen.append(
            (request.headers.get("Authorization"), body["model"], body["messages"][1]["content"])
        )
        return Response(json.dumps(next(answers)), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_handler(handler)
    backend = ChatBackend(base_url=httpserver.url_for("/v1"), model="recorded-model", api_key="k")
    polished, report = polish_brief(brief(), backend)
    assert report[0]["accepted"] and polished["sections"][0]["paragraphs"][0]["sentences"][0][
        "derived"] == "polish"
    assert seen[0][0] == "Bearer k" and seen[0][1] == "recorded-model" and "[4]" in seen[0][2]

    polished, report = polish_brief(brief(), backend)
    assert not report[0]["accepted"] and "Kim" in report[0]["reasons"][0]
    assert polished["sections"][0]["paragraphs"][0] == PARAGRAPH


def test_unreachable_endpoint_leaves_the_brief_as_it_was(httpserver):
    httpserver.expect_request("/v1/chat/completions").respond_with_data("busy", status=503)
    backend = ChatBackend(base_url=httpserver.url_for("/v1"), model="m")
    polished, report = polish_brief(brief(), backend)
    assert polished["sections"] == brief()["sections"]
    assert "503" in report[0]["reasons"][0]
