"""Alert status and per-channel deliveries: the migration upgrades an old alerts table in place."""
from aftershock.store import Store


def test_old_database_gains_alert_status_and_deliveries(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store(url, migrate=False)
    old.migrate(upto="m005_watchlists")
    with old.begin() as conn:
        conn.exec_driver_sql("INSERT INTO alerts (watchlist, rule, ref, created_at, payload) "
                             "VALUES ('korea', 'anomaly', 'x', '2026-01-04 00:00:00', '{}')")
    old.close()
    store = Store(url)
    assert "m007_alert_status_and_deliveries" in store.applied_migrations()
    [alert] = store.alerts(undelivered=True)
    assert alert["status"] is None and alert["payload"] == {}
    store.record_delivery(alert["id"], "webhook:http://127.0.0.1:9/", "refused")
    store.record_delivery(alert["id"], "webhook:http://127.0.0.1:9/")
    store.record_delivery(alert["id"], "webhook:http://127.0.0.1:9/", "late error")  # ignored
    [delivery] = store.alert_deliveries(alert["id"])
    assert delivery["attempts"] == 2 and delivery["delivered_at"] and delivery["last_error"] is None


def test_muted_alerts_fire_once_and_never_wait_for_delivery(store):
    muted = store.add_alert("korea", "new_story", "story:1", {"t": 1}, status="muted")
    assert store.add_alert("korea", "new_story", "story:1", {"t": 2}) is None
    assert store.alert(muted)["status"] == "muted"
    assert store.alerts(undelivered=True) == [] and len(store.alerts("korea")) == 1
