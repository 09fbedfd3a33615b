"""The JSON files of the shipped logistic-regression models (same-story scorer, ripple links):
an intercept and one named coefficient per feature, read back with errors that name the file
and the command that rebuilds it."""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path


def read_linear_model(path: Path, *, what: str, fmt: str, version: int,
                      features: Sequence[str], error: type[Exception],
                      rebuild: str) -> tuple[float, dict[str, float], dict]:
    """(intercept, coefficients by feature name, trained_on) of a model file; a missing,
    unreadable, foreign, outdated or malformed file raises `error` naming `what` and the file,
    and saying `rebuild`."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise error(f"{what} {path} is missing; {rebuild}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"{what} {path} is unreadable ({exc}); {rebuild}") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise error(f"{what} {path} is not an {fmt} file; {rebuild}")
    if data.get("version") != version or data.get("features") != list(features):
        raise error(f"{what} {path} was built for other features (version "
                    f"{data.get('version')}); {rebuild}")
    values = data.get("coefficients")
    numbers = [data.get("intercept")] + (values if isinstance(values, list) else [])
    if len(numbers) != len(features) + 1 or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
            for v in numbers):
        raise error(f"{what} {path} has malformed coefficients; {rebuild}")
    return (float(data["intercept"]), dict(zip(features, map(float, values))),
            data.get("trained_on") or {})


def model_json(fmt: str, version: int, features: Sequence[str], intercept: float,
               coefficients: dict[str, float], trained_on) -> dict:
    """The file's content: the coefficients listed in the order of `features`."""
    return {"format": fmt, "version": version, "features": list(features),
            "intercept": intercept, "coefficients": [coefficients[name] for name in features],
            "trained_on": trained_on}


def packaged_path(filename: str) -> Path:
    """A model file shipped in aftershock/data/models."""
    from importlib import resources
    return Path(str(resources.files("aftershock").joinpath(f"data/models/{filename}")))


def write_model_json(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
