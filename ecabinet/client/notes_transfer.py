"""The ``.ecnotes`` file: a user's private annotations, sealed under a passphrase they type, to move them to
another device on purpose.

Private annotations never go to the server (they are not government records there), so the only way to
take them to a new tablet is a file the user carries. The file must be safe on a USB stick or in e-mail:
the key is derived from the passphrase with argon2id (memory-hard, so guessing is slow even with GPUs),
and everything is sealed with AES-256-GCM.

Format, version 1:

    magic "ECNOTES\\0" (8) | header length (4, big-endian) | header (UTF-8 JSON) | AES-GCM ciphertext + tag

    header = {"format": 1, "kdf": {"name": "argon2id", "salt": b64, "time_cost", "memory_kib",
              "parallelism"}, "nonce": b64}

The associated data is magic + length + header, so changing the parameters or the salt breaks the seal
instead of quietly weakening it. Reading refuses absurd parameters before running argon2 (a hostile file
must not be able to ask for 100 GiB of memory).
"""

from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "FILE_SUFFIX",
    "KdfParams",
    "NotesFileError",
    "NotesPassphraseError",
    "open_notes",
    "seal_notes",
]

FILE_SUFFIX: Final = ".ecnotes"
MAGIC: Final = b"ECNOTES\0"
FORMAT_VERSION: Final = 1
_LENGTH = struct.Struct(">I")
_MAX_HEADER: Final = 4096
_SALT_SIZE: Final = 16
_NONCE_SIZE: Final = 12
# Limits for parameters read from a file: generous for any real device, refusing a denial of service.
_MAX_TIME_COST: Final = 16
_MAX_MEMORY_KIB: Final = 1024 * 1024
_MAX_PARALLELISM: Final = 16


class NotesFileError(Exception):
    """The file is not an eCabinet notes file, or is damaged. ``code`` is stable for the UI's message."""

    code = "notes_file_invalid"


class NotesPassphraseError(NotesFileError):
    """The passphrase does not open the file (or the file was altered: AES-GCM cannot tell the two apart)."""

    code = "notes_wrong_passphrase"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. The default is RFC 9106's second recommended option (3 passes, 64 MiB)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


def _key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def seal_notes(payload: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """The file's bytes for `payload` (the caller's JSON), sealed under `passphrase`."""
    if not passphrase:
        raise NotesPassphraseError("A passphrase is needed to protect the notes file.")
    params = params or KdfParams()
    salt, nonce = os.urandom(_SALT_SIZE), os.urandom(_NONCE_SIZE)
    header = json.dumps(
        {
            "format": FORMAT_VERSION,
            "kdf": {
                "name": "argon2id",
                "salt": base64.b64encode(salt).decode("ascii"),
                "time_cost": params.time_cost,
                "memory_kib": params.memory_kib,
                "parallelism": params.parallelism,
            },
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
        separators=(",", ":"),
    ).encode("utf-8")
    prefix = MAGIC + _LENGTH.pack(len(header)) + header
    return prefix + AESGCM(_key(passphrase, salt, params)).encrypt(nonce, payload, prefix)


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise NotesFileError("The notes file has invalid key parameters.")
    return value


def _b64(value: Any, size: int) -> bytes:
    try:
        raw = base64.b64decode(str(value), validate=True)
    except ValueError:
        raise NotesFileError("The notes file header is damaged.") from None
    if len(raw) != size:
        raise NotesFileError("The notes file header is damaged.")
    return raw


def open_notes(blob: bytes, passphrase: str) -> bytes:
    """The payload sealed in `blob`; `NotesPassphraseError` for a wrong passphrase, `NotesFileError`
    for anything that is not a version-1 notes file."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _LENGTH.size:
        raise NotesFileError("This is not an eCabinet notes file.")
    (length,) = _LENGTH.unpack_from(blob, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    if length > _MAX_HEADER or len(blob) < start + length + 16:
        raise NotesFileError("The notes file is damaged.")
    try:
        header = json.loads(blob[start : start + length])
        kdf = header["kdf"]
        if header["format"] != FORMAT_VERSION:
            raise NotesFileError("This notes file was made by a newer version of eCabinet.")
        if kdf["name"] != "argon2id":
            raise NotesFileError("The notes file uses an unknown key derivation.")
        params = KdfParams(
            time_cost=_int(kdf["time_cost"], 1, _MAX_TIME_COST),
            memory_kib=_int(kdf["memory_kib"], 8, _MAX_MEMORY_KIB),
            parallelism=_int(kdf["parallelism"], 1, _MAX_PARALLELISM),
        )
        salt, nonce = _b64(kdf["salt"], _SALT_SIZE), _b64(header["nonce"], _NONCE_SIZE)
    except (ValueError, KeyError, TypeError):
        raise NotesFileError("The notes file header is damaged.") from None
    prefix = blob[: start + length]
    try:
        return AESGCM(_key(passphrase, salt, params)).decrypt(nonce, blob[start + length :], prefix)
    except InvalidTag:
        raise NotesPassphraseError("The passphrase does not open this notes file.") from None
