"""What a person chose in Settings: language, theme, text size and how soon the app locks itself.

Kept per profile in `<profile dir>/preferences.json` (beside `device.json`, see `device.py`), so two people who
share a demo machine under different profiles each get their own look. The file is small JSON written
atomically (temporary file, then `os.replace`), so a crash mid-write leaves the old choices, never half a file.
A missing, unreadable or edited-by-hand file never stops the app: every value that is not one of the allowed
choices falls back to its default, one field at a time, so a single bad entry does not reset the others.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

__all__ = [
    "DEFAULT_IDLE_LOCK_MINUTES",
    "DEFAULT_TEXT_SCALE",
    "DEFAULT_THEME",
    "IDLE_LOCK_MINUTES",
    "PREFERENCES_FILE",
    "TEXT_SCALES",
    "THEMES",
    "Preferences",
    "ThemeName",
    "preferences_path",
]

log = logging.getLogger(__name__)

PREFERENCES_FILE: Final = "preferences.json"

ThemeName = Literal["light", "dark", "high_contrast"]
#: The themes, in the order Settings offers them.
THEMES: Final[tuple[ThemeName, ...]] = cast(tuple[ThemeName, ...], get_args(ThemeName))
DEFAULT_THEME: Final[ThemeName] = "light"
#: Text sizes as factors of the base size: Normal, Large, Larger, Largest. A fixed set keeps every screen tested.
TEXT_SCALES: Final = (1.0, 1.15, 1.3, 1.5)
DEFAULT_TEXT_SCALE: Final = 1.0
#: Minutes without input before the app locks (when a PIN is set); 5 is the app's long-standing default.
IDLE_LOCK_MINUTES: Final = (2, 5, 10, 15, 30)
DEFAULT_IDLE_LOCK_MINUTES: Final = 5

# A language code as Qt names them ("en", "vi", "lo"); whether the app has it is the UI's call (pick_language).
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def preferences_path(profile_dir: Path) -> Path:
    """Where the profile whose folder is `profile_dir` (`device.profile_dir(name)`) keeps its preferences."""
    return profile_dir / PREFERENCES_FILE


@dataclass(frozen=True)
class Preferences:
    """One profile's choices. `language` None means "follow the system" (the app picks the closest it has)."""

    language: str | None = None
    theme: ThemeName = DEFAULT_THEME
    text_scale: float = DEFAULT_TEXT_SCALE
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES

    def __post_init__(self) -> None:
        # Code that builds Preferences directly gets a loud error; files are cleaned by `from_dict` instead.
        if self.language is not None and not _LANGUAGE_CODE.fullmatch(self.language):
            raise ValueError(f"invalid language code {self.language!r}")
        if self.theme not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r}; use one of {THEMES}")
        if _snap_scale(self.text_scale) is None:
            raise ValueError(f"text scale {self.text_scale!r} is not one of {TEXT_SCALES}")
        if self.idle_lock_minutes not in IDLE_LOCK_MINUTES or isinstance(self.idle_lock_minutes, bool):
            raise ValueError(f"idle lock {self.idle_lock_minutes!r} is not one of {IDLE_LOCK_MINUTES} minutes")

    @property
    def idle_lock_ms(self) -> int:
        """The idle lock delay in milliseconds, as `IdleWatcher.timeout_ms` takes it."""
        return self.idle_lock_minutes * 60 * 1000

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some fields changed (checked like a new instance)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to the file."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Preferences:
        """Preferences from parsed JSON; anything missing or not an allowed choice takes its default."""
        if not isinstance(data, Mapping):
            return cls()
        language = data.get("language")
        if not (isinstance(language, str) and _LANGUAGE_CODE.fullmatch(language)):
            language = None
        theme = data.get("theme")
        if theme not in THEMES:
            theme = DEFAULT_THEME
        scale = _snap_scale(data.get("text_scale"))
        minutes = data.get("idle_lock_minutes")
        if isinstance(minutes, bool) or minutes not in IDLE_LOCK_MINUTES:
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        return cls(
            language=language,
            theme=cast(ThemeName, theme),
            text_scale=DEFAULT_TEXT_SCALE if scale is None else scale,
            idle_lock_minutes=int(cast(int, minutes)),
        )

    @classmethod
    def load(cls, path: Path) -> Preferences:
        """The preferences stored at `path`; the defaults when there is no file or it cannot be read."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("preferences not readable, using defaults: %s", exc)
            return cls()
        try:
            data = json.loads(text)
        except ValueError as exc:
            log.warning("preferences file %s is not JSON, using defaults: %s", path, exc)
            return cls()
        return cls.from_dict(data)

    def save(self, path: Path) -> None:
        """Write to `path` atomically (the folder is made if needed); raises OSError if the disk refuses."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.to_dict(), handle, indent=2, sort_keys=True)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise


def _snap_scale(value: object) -> float | None:
    """The allowed text scale equal to `value` (JSON may round-trip 1.15 as 1.1500000000000001), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    for scale in TEXT_SCALES:
        if math.isclose(float(value), scale, abs_tol=1e-6):
            return scale
    return None
