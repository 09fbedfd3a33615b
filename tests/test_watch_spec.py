"""Watchlist specs from YAML, TOML or dicts: normal form, defaults, and errors naming each field."""
import pytest

from aftershock.watch import WatchlistError, parse_duration, read_watchlist_file, validate_watchlist

YAML = """\
name: Korea desk
description: North and South Korea
regions: [Korean Peninsula]
countries: [jpn]
dyads: ["PRK>USA", [kor, prk]]
keywords: [missile]
cooldown: 6h
rules:
  anomaly: {min_score: 4.5, metrics: [count]}
  ripple: false
deliver:
  - terminal
  - webhook: http://127.0.0.1:9/hook
    secret: s3cret
    retries: 2
  - email: desk@news.example
    smtp_port: 2525
"""

TOML = """\
[[watchlists]]
name = "sahel"
regions = ["sahel"]
rules = ["new_story"]

[[watchlists]]
name = "baltic"
regions = ["baltic-states"]
muted_until = "2026-02-01T00:00:00Z"
"""


def test_yaml_file_gives_the_normal_form(tmp_path):
    path = tmp_path / "korea.yaml"
    path.write_text(YAML)
    [spec] = read_watchlist_file(path)
    assert spec["name"] == "Korea desk"
    assert spec["regions"] == ["korean-peninsula"] and spec["countries"] == ["JPN"]
    assert spec["dyads"] == ["PRK>USA", "KOR>PRK"]
    assert spec["cooldown"] == 6 * 3600
    assert spec["rules"]["anomaly"] == {"enabled": True, "min_score": 4.5, "metrics": ["count"]}
    assert spec["rules"]["ripple"]["enabled"] is False
    assert spec["rules"]["new_story"]["enabled"] is True  # default
    webhook, email = spec["deliver"][1:]
    assert (
        webhook["type"] == "webhook" and webhook["retries"] == 2 and webhook["secret"] == "s3cret"
    )
    assert email["to"] == ["desk@news.example"] and email["smtp_port"] == 2525
    assert validate_watchlist(spec) == spec  # the normal form is a fixed point


def test_toml_file_with_several_watchlists(tmp_path):
    path = tmp_path / "lists.toml"
    path.write_text(TOML)
    sahel, baltic = read_watchlist_file(path)
    assert [r for r, s in sahel["rules"].items() if s["enabled"]] == ["new_story"]
    assert baltic["muted_until"] == "2026-02-01T00:00:00"
    assert sahel["deliver"] == [{"type": "terminal"}]


def test_every_problem_is_reported_with_its_field():
    with pytest.raises(WatchlistError) as raised:
        validate_watchlist({
            "name": "", "countries": ["PRK", "XXX"], "regions": ["Atlantis"],
            "dyads": ["PRK-USA"], "cooldown": "soon", "colour": "red",
            "rules": {"anomaly": {"min_score": "high"}, "tsunami": True},
            "deliver": [{"webhook": "ftp://x"}, {"type": "pager"}, {"email": "not-an-address"}],
        })
    problems = raised.value.problems
    expected = ["name:", "countries: unknown ISO 3166-1 alpha-3 code 'XXX'",
                "regions: unknown region 'Atlantis'", "dyads: 'PRK-USA' is not a dyad",
                "cooldown: not a duration", "colour: unknown field",
                "rules.anomaly.min_score: must be a number, got 'high'",
                "rules.tsunami: unknown rule", "deliver[0].url: must be an http",
                "deliver[1]: unknown channel 'pager'", "deliver[2].to: not an e-mail address"]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected)


def test_something_must_be_watched_and_files_are_named(tmp_path):
    with pytest.raises(WatchlistError, match="watch at least one country, region or dyad"):
        validate_watchlist({"name": "empty"})
    bad = tmp_path / "broken.yaml"
    bad.write_text("name: [unclosed\n")
    with pytest.raises(WatchlistError) as raised:
        read_watchlist_file(bad)
    assert str(bad) in str(raised.value) and "not valid YAML" in str(raised.value)
    (tmp_path / "x.json").write_text("{}")
    with pytest.raises(WatchlistError, match="use .yaml, .yml or .toml"):
        read_watchlist_file(tmp_path / "x.json")
    with pytest.raises(WatchlistError, match="cannot read the file"):
        read_watchlist_file(tmp_path / "missing.yaml")


def test_a_secret_variable_must_be_on_the_allow_list_set_or_not(monkeypatch):
    """Validation answers the same whether the variable exists: no probing of the environment."""
    monkeypatch.delenv("AFTERSHOCK_SECRET_ENV_ALLOW", raising=False)
    for name in ("HOME", "PATH", "H5_HOOK_SECRET"):
        monkeypatch.delenv("H5_HOOK_SECRET", raising=False)
        answers = []
        for value in (None, "abc"):
            if value:
                monkeypatch.setenv("H5_HOOK_SECRET", value)
            for channel in ({"webhook": "https://h.example/", "secret_env": name},
                            {"email": "a@b.example", "username": "u", "password_env": name}):
                with pytest.raises(WatchlistError) as raised:
                    validate_watchlist({"name": "x", "countries": ["PRK"], "deliver": [channel]})
                answers.append(str(raised.value))
        assert "deliver[0].secret_env: " in answers[0] and "AFTERSHOCK_HOOK_SECRET" in answers[0]
        assert "deliver[0].password_env: " in answers[1]
        assert answers[:2] == answers[2:], name
    monkeypatch.delenv("AFTERSHOCK_HOOK_SECRET", raising=False)
    spec = {"name": "x", "countries": ["PRK"],
            "deliver": [{"webhook": "https://h.example/", "secret_env": "AFTERSHOCK_HOOK_SECRET"}]}
    assert validate_watchlist(spec)["deliver"][0]["secret_env"] == "AFTERSHOCK_HOOK_SECRET"
    monkeypatch.setenv("AFTERSHOCK_SECRET_ENV_ALLOW", "DESK_HOOK_KEY, also bad-name")
    spec["deliver"][0]["secret_env"] = "DESK_HOOK_KEY"
    assert validate_watchlist(spec)["deliver"][0]["secret_env"] == "DESK_HOOK_KEY"


def test_cli_add_names_the_secret_variable_to_set_and_why(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from aftershock.cli import main
    monkeypatch.delenv("AFTERSHOCK_HOOK_SECRET", raising=False)
    path = tmp_path / "hook.yaml"
    path.write_text("name: hook\ncountries: [PRK]\ndeliver:\n  - webhook: https://h.example/\n"
                    "    secret_env: AFTERSHOCK_HOOK_SECRET\n")
    db = ["--db", f"sqlite:///{tmp_path / 'w.db'}"]
    refused = CliRunner().invoke(main, ["watch", "add", str(path), *db])
    assert refused.exit_code == 1
    assert "deliver[0].secret_env: set the environment variable AFTERSHOCK_HOOK_SECRET" in \
        refused.output and "signs each webhook POST" in refused.output
    monkeypatch.setenv("AFTERSHOCK_HOOK_SECRET", "k" * 32)
    saved = CliRunner().invoke(main, ["watch", "add", str(path), *db])
    assert saved.exit_code == 0 and "watchlist 'hook' saved" in saved.output


@pytest.mark.parametrize("text,seconds", [(90, 90), ("90s", 90), ("15m", 900), ("6h", 21600),
                                          ("2d", 172800), ("1w", 604800), ("0.5h", 1800)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["soon", "-5m", -1, "5 minutes", True])
def test_bad_durations(bad):
    with pytest.raises(ValueError):
        parse_duration(bad)


def test_cli_add_reports_errors_and_saves_the_rest(tmp_path):
    from click.testing import CliRunner

    from aftershock.cli import main
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.toml"
    good.write_text(YAML)
    bad.write_text('name = "b"\ncountries = ["ZZZ"]\n')
    db = ["--db", f"sqlite:///{tmp_path / 'w.db'}"]
    result = CliRunner().invoke(main, ["watch", "add", str(good), str(bad), *db])
    assert result.exit_code == 1
    assert "watchlist 'Korea desk' saved" in result.output
    assert "bad.toml is invalid" in result.output and "'ZZZ'" in result.output
    listed = CliRunner().invoke(main, ["watch", "list", *db])
    assert listed.exit_code == 0 and listed.output.startswith("Korea desk: JPN, KOR, PRK")


MALFORMED = [
    ("rules:\n  - anomaly:\n      min_score: 4\n", "rules[0]"),
    ("rules: 5\n", "rules"),
    ("rules:\n  anomaly: [1]\n", "rules.anomaly"),
    ("rules:\n  anomaly:\n    metrics: [{a: 1}]\n", "rules.anomaly.metrics"),
    ("deliver:\n  - type: [webhook]\n", "deliver[0]"),
    ("deliver:\n  - {type: webhook, url: {a: 1}}\n", "deliver[0].url"),
    ("deliver:\n  - {webhook: 'https://h.example/', backoff: 1000000}\n", "deliver[0].backoff"),
    ("deliver:\n  - {webhook: 'https://h.example/', timeout: .inf}\n", "deliver[0].timeout"),
    ("deliver:\n  - {webhook: 'https://h.example/', secret: [1]}\n", "deliver[0].secret"),
    ("deliver:\n  - {email: a@b.example, smtp_host: [x]}\n", "deliver[0].smtp_host"),
    ("deliver:\n  - {email: a@b.example, smtp_host: 'evil host\\r\\nX'}\n",
     "deliver[0].smtp_host"),
    ("deliver:\n  - {email: a@b.example, from: {x: 1}}\n", "deliver[0].from"),
    ("deliver:\n  - {email: a@b.example, starttls: 'yes'}\n", "deliver[0].starttls"),
    ("deliver:\n  - {email: a@b.example, smtp_port: 70000}\n", "deliver[0].smtp_port"),
    ("deliver: 7\n", "deliver"),
    ("dyads: [[1, 2]]\n", "dyads"),
    ("cooldown: {a: 1}\n", "cooldown"),
    ("since: [2026]\n", "since"),
    ("keywords: {a: 1}\n", "keywords"),
]


@pytest.mark.parametrize("extra,field", MALFORMED)
def test_malformed_yaml_fields_are_named(tmp_path, extra, field):
    path = tmp_path / "w.yaml"
    path.write_text("name: desk\ncountries: [PRK]\n" + extra)
    with pytest.raises(WatchlistError) as raised:
        read_watchlist_file(path)
    assert any(p.startswith(f"{field}: ") for p in raised.value.problems), raised.value.problems


def test_cli_add_names_an_out_of_bounds_field(tmp_path):
    from click.testing import CliRunner

    from aftershock.cli import main
    path = tmp_path / "slow.yaml"
    path.write_text("name: slow\ncountries: [PRK]\ndeliver:\n"
                    "  - {webhook: 'https://h.example/', backoff: 1000000}\n")
    result = CliRunner().invoke(main, ["watch", "add", str(path),
                                       "--db", f"sqlite:///{tmp_path / 'w.db'}"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "deliver[0].backoff: must be between 0 and 30, got 1000000" in result.output


def test_unset_rule_values_follow_the_settings_in_force(tmp_path):
    """A watchlist that sets no anomaly score or ripple window takes [signals] min_score and
    [ripple] window_days, so a user's settings file changes them too."""
    from aftershock.config import load_settings, use_settings
    spec = {"name": "desk", "regions": ["sahel"]}
    defaults = validate_watchlist(spec)["rules"]
    assert defaults["anomaly"]["min_score"] == 3.0 and defaults["ripple"]["window_days"] == 30
    path = tmp_path / "aftershock.toml"
    path.write_text("[signals]\nmin_score = 4.0\n[ripple]\nwindow_days = 14\n")
    old = use_settings(load_settings(path, user=False))
    try:
        rules = validate_watchlist(spec)["rules"]
    finally:
        use_settings(old)
    assert rules["anomaly"]["min_score"] == 4.0 and rules["ripple"]["window_days"] == 14
    given = validate_watchlist({**spec, "rules": {"anomaly": {"min_score": 5}}})["rules"]
    assert given["anomaly"]["min_score"] == 5
