"""Watchlists are stored by name and replaced on save; an alert is recorded once."""


def test_watchlist_crud(store):
    wid = store.save_watchlist("korea", {"countries": ["PRK", "KOR"]})
    assert store.watchlist("korea")["spec"] == {"countries": ["PRK", "KOR"]}
    assert store.save_watchlist("korea", {"countries": ["PRK"]}) == wid
    assert [w["name"] for w in store.watchlists()] == ["korea"]
    assert store.watchlist("korea")["spec"]["countries"] == ["PRK"]
    assert store.delete_watchlist("korea") is True
    assert store.delete_watchlist("korea") is False
    assert store.watchlist("korea") is None


def test_alert_fires_once(store):
    first = store.add_alert("korea", "anomaly", "region:korean-peninsula:2026-01-04", {"x": 1})
    again = store.add_alert("korea", "anomaly", "region:korean-peninsula:2026-01-04", {"x": 2})
    assert isinstance(first, int) and again is None
    assert [a["payload"] for a in store.alerts(undelivered=True)] == [{"x": 1}]
    store.mark_alert_delivered(first)
    assert store.alerts(undelivered=True) == []
    assert store.alerts("korea")[0]["delivered_at"] is not None
