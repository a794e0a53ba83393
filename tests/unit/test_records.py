"""Frozen records behave as frozen dataclasses do, without generating code."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ScanSettings, Settings, load
from kiosk.records import FrozenRecordError, Record


class Point(Record):
    """A test record."""

    x: int
    y: int = 0
    label: str = "here"


def test_built_from_positions_keywords_and_defaults() -> None:
    assert Point(1) == Point(x=1, y=0, label="here")
    assert Point(1, 2, label="there").label == "there"
    assert Point(y=5, x=4).y == 5


@pytest.mark.parametrize(
    ("args", "kwargs", "says"),
    [
        ((), {}, "missing 'x'"),
        ((1, 2, "a", "extra"), {}, "takes 3 values"),
        ((1,), {"x": 2}, "'x' twice"),
        ((1,), {"z": 2}, "no field 'z'"),
    ],
)
def test_wrong_construction_is_refused(args: tuple[object, ...], kwargs: dict[str, object],
                                       says: str) -> None:
    with pytest.raises(TypeError, match=says):
        Point(*args, **kwargs)  # type: ignore[arg-type]


def test_fields_cannot_change() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    assert point.x == 1


def test_equal_and_hashed_by_value_and_class() -> None:
    class Other(Record):
        x: int
        y: int = 0
        label: str = "here"

    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != Other(1)
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_repr_names_each_field() -> None:
    assert repr(Point(1, 2)) == "Point(x=1, y=2, label='here')"


def test_replace_changes_only_what_is_named() -> None:
    point = Point(1, 2, "a")
    moved = point.replace(y=7)
    assert moved == Point(1, 7, "a")
    assert point == Point(1, 2, "a")
    with pytest.raises(TypeError, match="no field"):
        point.replace(z=1)


def test_the_settings_are_records(tmp_path: Path) -> None:
    settings = load(path=None, env={}, overrides={"paths.data_dir": str(tmp_path)})
    assert isinstance(settings, Settings)
    changed = settings.replace(scanning=settings.scanning.replace(needs_mediator=True))
    assert changed.scanning.needs_mediator and not settings.scanning.needs_mediator
    assert changed.scanning == ScanSettings(
        settings.scanning.device, True, settings.scanning.size_presets_mb,
        settings.scanning.default_size_mb,
    )
    assert Settings._fields[0] == "site_name"
