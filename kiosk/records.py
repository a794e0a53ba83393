"""Frozen value records for what is read before the attract screen's first paint.

`dataclasses.dataclass` writes the source of six methods for each class and compiles it when
the class is defined: about 5 million instructions (1.5 ms here) a class. The settings are
ten such classes, all needed before the first paint, where they made a tenth of the shell's
start-up time. A `Record` subclass gets the same behaviour from one shared implementation
driven by its annotations, with nothing compiled:

- built from positional or keyword arguments, with the defaults written in the class;
- frozen: assigning or deleting a field raises `FrozenRecordError` (an AttributeError);
- equal (and hashed) by class and values, with a repr that names each field;
- `replace(**changes)` gives a copy with some fields changed, like `dataclasses.replace`.

Type checkers treat subclasses as frozen dataclasses (`dataclass_transform`).
"""

from __future__ import annotations

from typing import Any, ClassVar, Self, dataclass_transform

_MISSING = object()


class FrozenRecordError(AttributeError):
    """A record's fields cannot change after it is made."""


@dataclass_transform(eq_default=True, frozen_default=True)
class Record:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, object]] = {}

    def __init_subclass__(cls) -> None:
        own = [
            name for name, kind in cls.__dict__.get("__annotations__", {}).items()
            if not str(kind).startswith(("ClassVar", "typing.ClassVar"))
        ]
        cls._fields = (*cls._fields, *own)
        cls._defaults = {
            **cls._defaults,
            **{name: cls.__dict__[name] for name in own if name in cls.__dict__},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} values, not {len(args)}")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
            if name in values:
                raise TypeError(f"{type(self).__name__} got {name!r} twice")
            values[name] = value
        for name in fields:
            value = values.get(name, self._defaults.get(name, _MISSING))
            if value is _MISSING:
                raise TypeError(f"{type(self).__name__} is missing {name!r}")
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with the given fields changed."""
        return type(self)(**{**dict(zip(self._fields, self._values(), strict=True)), **changes})
