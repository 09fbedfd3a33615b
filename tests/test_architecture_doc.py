"""docs/architecture.md keeps up with the code: every settings section, every shipped model file
and every swappable kind of part is named there."""
from importlib import resources
from pathlib import Path

from aftershock.config import SECTIONS, load_settings

DOC = (Path(__file__).resolve().parent.parent / "docs" / "architecture.md").read_text("utf-8")


def test_every_settings_section_is_described():
    missing = [name for name in SECTIONS if f"`[{name}]`" not in DOC]
    assert not missing, f"docs/architecture.md does not describe [{', '.join(missing)}]"


def test_every_shipped_model_file_is_listed():
    folder = resources.files("aftershock") / "data" / "models"
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    assert len(files) >= 5
    missing = [name for name in files if f"`{name}`" not in DOC]
    assert not missing, f"docs/architecture.md does not list {missing}"


def test_every_component_kind_is_shown():
    kinds = [key for section, key, _, _ in load_settings(user=False).items()
             if section == "components"]
    assert kinds and not [kind for kind in kinds if f"{kind} = " not in DOC]
