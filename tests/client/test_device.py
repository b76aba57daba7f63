"""The device id: made once per profile, kept, separate per profile, never outside the data folder."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from ecabinet.client.device import (
    data_dir,
    default_device_name,
    load_or_create_device_id,
    profile_dir,
    wipe_profile_data,
)


def test_data_dir_follows_env(data_root: Path) -> None:
    assert profile_dir("chair") == data_root / "profiles" / "chair"


def test_device_id_made_once_and_kept(data_root: Path) -> None:
    first = load_or_create_device_id("default")
    assert uuid.UUID(first).version == 4
    assert load_or_create_device_id("default") == first
    stored = json.loads((data_root / "profiles" / "default" / "device.json").read_text())
    assert stored == {"device_id": first}


def test_profiles_have_their_own_ids(data_root: Path) -> None:
    assert load_or_create_device_id("minister1") != load_or_create_device_id("minister2")


def test_corrupt_file_gets_a_new_id(data_root: Path) -> None:
    path = data_root / "profiles" / "default" / "device.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    device_id = load_or_create_device_id("default")
    assert uuid.UUID(device_id)
    assert json.loads(path.read_text()) == {"device_id": device_id}


@pytest.mark.parametrize("name", ["", "../x", "a/b", ".hidden", "x" * 80, "con sole"])
def test_profile_names_cannot_escape(data_root: Path, name: str) -> None:
    with pytest.raises(ValueError, match="profile"):
        profile_dir(name)


def test_wipe_keeps_only_the_device_id(data_root: Path) -> None:
    device_id = load_or_create_device_id("default")
    folder = profile_dir("default")
    (folder / "store.sqlite").write_bytes(b"secret")
    (folder / "documents").mkdir()
    (folder / "documents" / "a.pdf").write_bytes(b"%PDF")
    wipe_profile_data("default")
    assert sorted(p.name for p in folder.iterdir()) == ["device.json"]
    assert load_or_create_device_id("default") == device_id


def test_wipe_of_missing_profile_is_harmless(data_root: Path) -> None:
    wipe_profile_data("never-used")
    assert not profile_dir("never-used").exists()


def test_default_device_name() -> None:
    assert default_device_name().strip()


def test_default_data_dir_without_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ECABINET_DATA_DIR", raising=False)
    assert data_dir().name == "ecabinet"
