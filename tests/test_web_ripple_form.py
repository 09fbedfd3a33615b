"""A signed-in analyst starts a ripple analysis from the ripples page."""
import pytest
from fastapi.testclient import TestClient

from aftershock.api import Aftershock
from aftershock.web import create_app, create_token

from .web_fixtures import copy_database, demo_db  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_db, tmp_path_factory):  # noqa: F811
    ash = Aftershock(copy_database(demo_db, tmp_path_factory.mktemp("ripple-form") / "d.db"))
    with TestClient(create_app(aftershock=ash)) as c:
        c.ash = ash
        yield c
    ash.store.close()


def csrf(client) -> str:
    return client.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]


def test_the_form_runs_a_ripple_and_opens_it(client):
    token = csrf(client)
    assert "ripple-form" not in client.get("/ripples").text  # read-only until signed in
    refused = client.post("/ripples", data={"trigger": "Maduro captured", "watch": "nordic",
                                            "csrf_token": token}, follow_redirects=False)
    assert refused.status_code == 401
    client.post("/login", data={"token": create_token(client.ash.store, "analyst"),
                                "csrf_token": token}, follow_redirects=False)
    assert 'id="ripple-form"' in client.get("/ripples").text
    before = {r["id"] for r in client.ash.store.ripple_list()}
    done = client.post("/ripples", data={"trigger": "Maduro captured", "watch": "nordic",
                                         "window_days": "14", "csrf_token": token},
                       follow_redirects=False)
    assert done.status_code == 303
    new = {r["id"]: r for r in client.ash.store.ripple_list()}.keys() - before
    assert len(new) == 1 and done.headers["location"] == f"/ripples/{new.pop()}"
    assert client.get(done.headers["location"]).status_code == 200


@pytest.mark.parametrize("form, message", [
    ({"trigger": "", "watch": "nordic"}, "trigger is required"),
    ({"trigger": "Maduro captured", "watch": "nordic", "window_days": "900"}, "window_days"),
    ({"trigger": "Maduro captured", "watch": "atlantis"}, "unknown region"),
])
def test_a_bad_form_keeps_its_values_and_names_the_problem(client, form, message):
    token = csrf(client)
    name = f"analyst-{len(client.ash.store.api_token_list())}"
    client.post("/login", data={"token": create_token(client.ash.store, name),
                                "csrf_token": token}, follow_redirects=False)
    page = client.post("/ripples", data={**form, "csrf_token": token}, follow_redirects=False)
    assert page.status_code == 400 and message in page.text
    if form["trigger"]:
        assert f'value="{form["trigger"]}"' in page.text
