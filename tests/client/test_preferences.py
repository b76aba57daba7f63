"""Preferences: saved per profile as JSON, written atomically, and a bad file never stops the app."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ecabinet.client.device import profile_dir
from ecabinet.client.preferences import (
    IDLE_LOCK_MINUTES,
    TEXT_SCALES,
    THEMES,
    Preferences,
    preferences_path,
)


def test_defaults() -> None:
    prefs = Preferences()
    assert prefs == Preferences(language=None, theme="light", text_scale=1.0, idle_lock_minutes=5)
    assert prefs.idle_lock_ms == 5 * 60 * 1000
    assert THEMES == ("light", "dark", "high_contrast")


def test_path_is_in_the_profile_folder(data_root: Path) -> None:
    assert preferences_path(profile_dir("chair")) == data_root / "profiles" / "chair" / "preferences.json"


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert Preferences.load(tmp_path / "nowhere" / "preferences.json") == Preferences()


@pytest.mark.parametrize("theme", THEMES)
def test_round_trip(tmp_path: Path, theme: str) -> None:
    path = preferences_path(tmp_path / "profiles" / "p")
    for scale in TEXT_SCALES:
        for minutes in IDLE_LOCK_MINUTES:
            prefs = Preferences(language="lo", theme=theme, text_scale=scale, idle_lock_minutes=minutes)  # type: ignore[arg-type]
            prefs.save(path)
            assert Preferences.load(path) == prefs
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == theme


def test_profiles_keep_their_own(data_root: Path) -> None:
    Preferences(theme="dark").save(preferences_path(profile_dir("minister1")))
    Preferences(theme="high_contrast", language="vi").save(preferences_path(profile_dir("minister2")))
    assert Preferences.load(preferences_path(profile_dir("minister1"))).theme == "dark"
    assert Preferences.load(preferences_path(profile_dir("minister2"))).language == "vi"
    assert Preferences.load(preferences_path(profile_dir("chair"))) == Preferences()


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "",
        "[]",
        "null",
        '"dark"',
        "\xff\xfe garbage",
    ],
)
def test_corrupt_file_gives_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(content.encode("latin-1"))
    assert Preferences.load(path) == Preferences()


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(
        json.dumps({"language": "vi", "theme": "purple", "text_scale": 7, "idle_lock_minutes": 30, "extra": 1}),
        encoding="utf-8",
    )
    assert Preferences.load(path) == Preferences(language="vi", idle_lock_minutes=30)
    path.write_text(
        json.dumps({"language": "../../etc", "theme": "dark", "text_scale": "1.3", "idle_lock_minutes": True}),
        encoding="utf-8",
    )
    assert Preferences.load(path) == Preferences(theme="dark")
    path.write_text(json.dumps({"language": 12, "text_scale": 1.1500000000000001, "idle_lock_minutes": 7}))
    assert Preferences.load(path) == Preferences(text_scale=1.15)


def test_direct_construction_is_checked() -> None:
    with pytest.raises(ValueError):
        Preferences(theme="purple")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Preferences(text_scale=1.2)
    with pytest.raises(ValueError):
        Preferences(idle_lock_minutes=3)
    with pytest.raises(ValueError):
        Preferences(language="English")
    assert Preferences().with_changes(theme="dark").theme == "dark"
    with pytest.raises(ValueError):
        Preferences().with_changes(idle_lock_minutes=0)


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profiles" / "p" / "preferences.json"
    Preferences(theme="dark").save(path)

    def refuse(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        Preferences(theme="high_contrast").save(path)
    # The old file is untouched and the half-written one is gone.
    assert Preferences.load(path).theme == "dark"
    assert [p.name for p in path.parent.iterdir()] == ["preferences.json"]
