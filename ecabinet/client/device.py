"""Who this device is: a UUID made once per profile, and a name people recognise in the IT office's list.

The id is not a secret (the server ties tokens and revocation to it), so it lives in a small JSON file beside
the profile's other data: `<data dir>/profiles/<profile>/device.json`. The data dir is
`platformdirs.user_data_dir("ecabinet")`, or `$ECABINET_DATA_DIR` when set (tests, portable installs).
Profiles let several people (a chair, a secretary, two ministers) run side by side on one demo machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import tempfile
import uuid
from pathlib import Path
from typing import Final

import platformdirs

__all__ = [
    "DATA_DIR_ENV",
    "DEFAULT_PROFILE",
    "data_dir",
    "default_device_name",
    "load_or_create_device_id",
    "profile_dir",
    "wipe_profile_data",
]

DATA_DIR_ENV: Final = "ECABINET_DATA_DIR"
DEFAULT_PROFILE: Final = "default"
DEVICE_FILE: Final = "device.json"
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def data_dir() -> Path:
    """The root of everything eCabinet keeps on this device."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("ecabinet", appauthor=False))


def profile_dir(profile: str = DEFAULT_PROFILE) -> Path:
    """The folder of one profile; the name is checked so it can never point outside the data dir."""
    if not _PROFILE_NAME.fullmatch(profile):
        raise ValueError(
            f"invalid profile name {profile!r}: use letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return data_dir() / "profiles" / profile


def load_or_create_device_id(profile: str = DEFAULT_PROFILE) -> str:
    """The profile's device id, made (UUID4) and saved on first use.

    A missing or unreadable file gets a fresh id: to the server that is simply a new device, which is the
    honest description of a profile whose identity was lost.
    """
    path = profile_dir(profile) / DEVICE_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return str(uuid.UUID(str(stored["device_id"])))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    device_id = str(uuid.uuid4())
    _write_json_atomically(path, {"device_id": device_id})
    return device_id


def default_device_name() -> str:
    """A name for this device that the IT office will recognise in the list of devices: the host name."""
    try:
        name = socket.gethostname().strip()
    except OSError:
        name = ""
    return name or "eCabinet device"


def wipe_profile_data(profile: str = DEFAULT_PROFILE) -> None:
    """Delete everything the profile keeps except its device id (what a revoked device must do).

    The id stays so the device remains the revoked one in the server's eyes instead of quietly becoming new.
    """
    folder = profile_dir(profile)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.name == DEVICE_FILE:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _write_json_atomically(path: Path, data: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".device-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
