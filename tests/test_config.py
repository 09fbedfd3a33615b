"""Settings: packaged defaults, a user's file and --config, each value with its source."""
import pytest
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.config import ConfigError, load_settings, settings, show, use_settings
from aftershock.registry import UnknownComponentError, component
from aftershock.stories import OnlineClusterer


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no stray ./aftershock.toml
    monkeypatch.delenv("AFTERSHOCK_CONFIG", raising=False)
    old = use_settings(None)
    yield
    use_settings(old)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_come_from_the_packaged_file_and_say_so():
    current = load_settings()
    assert current.stories.threshold == 0.25 and current.ripple.window_days == 30
    assert current.stories.merge_every is None  # "off"
    assert all(source == "default" for *_, source in current.items())


def test_layers_override_in_order_and_record_their_file(tmp_path, monkeypatch):
    write(tmp_path / "aftershock.toml", "[stories]\nthreshold = 0.3\nrehome_margin = 'off'\n")
    extra = write(
        tmp_path / "extra.toml", "[stories]\nthreshold = 0.4\n[ripple]\nwindow_days = 14\n"
    )
    current = load_settings(extra)
    assert current.stories.threshold == 0.4
    assert current.stories.rehome_margin is None
    assert current.ripple.window_days == 14
    assert current.sources["stories.threshold"] == str(extra)
    assert current.sources["stories.rehome_margin"] == "aftershock.toml"
    assert "threshold = 0.4  # " + str(extra) in show(current)
    monkeypatch.setenv("AFTERSHOCK_CONFIG", str(extra))
    assert (
        load_settings().stories.rehome_margin == 0.05
    )  # the named file replaces ./aftershock.toml


@pytest.mark.parametrize("text, message", [
    ("[stories]\nthresold = 0.3\n", "unknown setting stories.thresold"),
    ("[storys]\nthreshold = 0.3\n", "unknown section [storys]"),
    ("[stories]\nthreshold = 'high'\n", "stories.threshold must be float"),
    ("[stories]\ntitle_weight = 2.5\n", "stories.title_weight must be int"),
    ("[stories]\nthreshold = 'off'\n", "stories.threshold must be float"),
    ("[stories\n", "not valid TOML"),
])
def test_a_bad_file_is_named_with_its_problem(tmp_path, text, message):
    path = write(tmp_path / "bad.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_the_clusterer_reads_the_settings_in_force(tmp_path):
    use_settings(load_settings(write(tmp_path / "s.toml", "[stories]\nthreshold = 0.6\n")))
    assert OnlineClusterer().threshold == 0.6
    assert OnlineClusterer(threshold=0.2).threshold == 0.2  # a keyword overrides one value
    with pytest.raises(TypeError, match="StoriesSettings"):
        OnlineClusterer(treshold=0.2)


def test_components_are_picked_by_name(tmp_path):
    assert component("shift_test").__name__ == "measure_shifts"
    assert component("coder_fallback").__name__ == "pentaclass_tfidf"
    assert component("coder_fallback", "off") is None
    use_settings(load_settings(write(tmp_path / "s.toml",
                                     "[components]\nbrief_writer = 'llm-free-verse'\n")))
    with pytest.raises(UnknownComponentError, match="brief_writer = 'llm-free-verse'.*extractive"):
        component("brief_writer")


def test_config_show_and_a_bad_config_option_on_the_command_line(tmp_path):
    path = write(tmp_path / "s.toml", "[signals]\nmin_score = 2.5\n")
    result = CliRunner().invoke(main, ["--config", str(path), "config", "show"])
    assert result.exit_code == 0
    assert f"min_score = 2.5  # {path}" in result.output
    assert "threshold = 0.25  # default" in result.output
    assert settings().signals.min_score == 2.5
    bad = CliRunner().invoke(main, ["--config", str(tmp_path / "missing.toml"), "config", "show"])
    assert bad.exit_code != 0 and "missing.toml" in bad.output and "Traceback" not in bad.output


def test_every_default_lives_in_defaults_toml_and_nowhere_else():
    from dataclasses import MISSING, fields

    from aftershock.config import SECTIONS
    with_defaults = [f"{name}.{f.name}" for name, cls in SECTIONS.items() for f in fields(cls)
                     if f.default is not MISSING or f.default_factory is not MISSING]
    assert not with_defaults, "a setting's default belongs in defaults.toml, not config.py"
    current = load_settings(user=False)
    assert {f"{s}.{k}" for s, k, *_ in current.items()} == {
        f"{name}.{f.name}" for name, cls in SECTIONS.items() for f in fields(cls)}
