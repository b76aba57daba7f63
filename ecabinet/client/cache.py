"""The device's encrypted, content-addressed document cache: PDFs at rest under a streaming AEAD.

Why: ministers lose tablets on trains. A stolen disk must reveal neither what a document says nor *which*
documents the device holds, and a crash, a full disk or a flaky network must never leave a half-written
document where the viewer would open it.

Layout (all files directly under `root`, which is created with mode 0700 where the OS allows):

* `key-check` - proves the data key is the one the cache was written with (see below).
* `<name>` - a finished document; `<name>.part` - a download in progress (resumable); `*.tmp` - a file being
  replaced atomically (only `key-check`), left behind only by a crash.
* `<name>` = hex HMAC-SHA256(name key, raw SHA-256 of the document). Documents are named by their SHA-256 on
  the server, and those hashes are known to anyone who has seen a document (or the server's database); naming
  files by the plain hash would let a thief test "does this tablet hold document X?". The HMAC under a secret
  key makes names unlinkable to documents, and different on every device (different data key).

Keys: the caller holds a 32-byte data key (in the OS keyring, never beside the data; this module never writes
it). Every key we use is derived from it with HKDF-SHA256 and its own `info` label, so no key serves two
purposes:

* name key   = HKDF(data key, salt = none, info = "ecabinet/cache/v1/name")
* check key  = HKDF(data key, salt = none, info = "ecabinet/cache/v1/key-check")
* file key   = HKDF(data key, salt = 16 random bytes from the file header, info = "ecabinet/cache/v1/file" + raw
  SHA-256). A fresh random salt for every new file gives every file its own key, even when the same document is
  downloaded again after `remove()`, so chunk nonces never repeat under one key.

Document file format, version 1 (integers big-endian):

    header  = magic "ECABCDOC" (8) | version 1 (1) | salt (16) | plaintext size (8) | chunk size (4)   = 37 bytes
    chunk i = AES-256-GCM(file key, nonce = i as 96-bit big-endian, plaintext[i*C : (i+1)*C], AD) | tag (16)
    AD(i)   = header bytes | raw SHA-256 (32) | i (8) | last flag (1: 1 for the final chunk, else 0)

Chunks hold C = 64 KiB of plaintext each; only the last may be shorter (never empty: documents are never empty,
so size 0 is refused). Why each piece of the AD:

* the header bytes: the header is plaintext (a resumed download needs size and salt before it can decrypt
  anything), so it is authenticated by every chunk - changing the size, the chunk size or the salt breaks them;
* the SHA-256: a chunk moved from another document fails (it also has another file key);
* the index (also the nonce): reordered or swapped chunks fail;
* the last flag: a file cut at a chunk boundary ends on a chunk written as "not last" and fails; the header's
  size also fixes the exact file length, which is checked before any decryption.

After all chunks verify, the SHA-256 of the whole plaintext is compared with the name the caller asked for, so
even a bug on the writing side cannot hand the viewer the wrong document.

Writing (`DocumentCache.writer`): chunks are encrypted in memory and appended to `<name>.part`; plaintext never
touches the disk, not even in a temp file. `CacheWriter.offset` counts plaintext bytes safely stored, which is
where the HTTP Range request resumes. `commit()` checks the SHA-256, fsyncs and renames `.part` to the final
name; that rename is the only thing that publishes a document, so readers see a whole file or none. Resuming
re-opens the `.part`, cuts a torn (crash-interrupted) last chunk away, and decrypts the stored chunks in order
(streaming, one chunk in memory at a time), which both verifies them and rebuilds the running SHA-256 that
`commit()` needs; the longest prefix that verifies is kept. A full disk (ENOSPC) while writing raises
`CacheWriteError`; the `.part` is truncated back to its last whole chunk when possible, and otherwise holds at
most a torn last chunk, which the next resume cuts away.

Key check: `key-check` holds a constant encrypted with AES-GCM under the check key. Opening the cache with
another data key (a restored backup, a re-enrolled device) fails that decryption and raises `CacheKeyError`,
a clear signal to wipe and re-download, instead of every document later failing as "tampered". The file is
written once, when missing.

What this does *not* hide: the number of documents and their approximate sizes (file length is plaintext size
plus 37 bytes plus 16 per chunk; the header even states the size). Someone who knows the exact sizes of
particular documents could guess which are present; padding files to size buckets would close that and needs
a new format version. Deleting (`remove`, `purge`, `wipe`) unlinks files; flash storage keeps old blocks, so
the real erase is destroying the data key (crypto-shredding), which the caller does alongside `wipe()`.

Nonce note: rewriting a chunk after a torn write reuses that chunk's nonce under the same file key. It only
ever re-encrypts the bytes at the same offset of the same document (same plaintext, hence same ciphertext); if
a server sent different bytes, the SHA-256 check fails at commit and the file is deleted.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import re
import shutil
import struct
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Final, Self

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "CHUNK_SIZE",
    "CacheBusyError",
    "CacheError",
    "CacheIntegrityError",
    "CacheKeyError",
    "CacheMiss",
    "CacheWriteError",
    "CacheWriter",
    "DocumentCache",
]

CHUNK_SIZE: Final = 64 * 1024
"""Plaintext bytes per encrypted chunk (the last chunk of a file may be shorter)."""

FORMAT_VERSION: Final = 1
MAGIC: Final = b"ECABCDOC"
_HEADER = struct.Struct(">8sB16sQI")  # magic, version, salt, plaintext size, chunk size
HEADER_SIZE: Final = _HEADER.size  # 37
_SALT_SIZE: Final = 16
_TAG_SIZE: Final = 16
_KEY_SIZE: Final = 32
_CHUNK_AD = struct.Struct(">QB")  # chunk index, last flag
# Bounds for a chunk size read from a header, so a damaged header cannot ask for absurd reads.
_MIN_CHUNK: Final = 1024
_MAX_CHUNK: Final = 16 * 1024 * 1024

_INFO_NAME: Final = b"ecabinet/cache/v1/name"
_INFO_CHECK: Final = b"ecabinet/cache/v1/key-check"
_INFO_FILE: Final = b"ecabinet/cache/v1/file"

KEY_CHECK_NAME: Final = "key-check"
_KEY_CHECK_MAGIC: Final = b"ECABKCHK"
_KEY_CHECK_PREFIX: Final = _KEY_CHECK_MAGIC + bytes([FORMAT_VERSION])
_KEY_CHECK_PLAINTEXT: Final = b"eCabinet document cache key check, format 1"
_NONCE_SIZE: Final = 12

PART_SUFFIX: Final = ".part"
TMP_SUFFIX: Final = ".tmp"
_SHA256_RE: Final = re.compile(r"[0-9a-f]{64}")
_OUR_NAME_RE: Final = re.compile(r"([0-9a-f]{64})(\.part)?")

_O_BINARY: Final = getattr(os, "O_BINARY", 0)
_O_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)

# Partial files with a live writer in this process (absolute paths): two writers appending to one file would
# interleave chunks. Another process would need an OS lock; the client runs one sync per store.
_active_parts: set[str] = set()
_active_lock = threading.Lock()


class CacheError(Exception):
    """Something is wrong with the local document cache."""


class CacheMiss(CacheError, KeyError):
    """The document is not in the cache (download it)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not cached"


class CacheIntegrityError(CacheError):
    """Stored or downloaded bytes failed authentication or the SHA-256 check; the bytes were not used.

    For `open_bytes`, the file was tampered with or damaged: remove it and download again. For `commit`, the
    downloaded bytes were not the document asked for; the partial file is already deleted.
    """


class CacheKeyError(CacheError):
    """The data key does not open this cache (another key wrote it): wipe the cache and download again."""


class CacheWriteError(CacheError):
    """Writing to the cache failed (disk full, I/O error); the OSError is chained as `__cause__`.

    No final file appeared; the partial file stays consistent and a new writer resumes it.
    """


class CacheBusyError(CacheError):
    """Another writer in this process is writing the same document."""


def _hkdf(key: bytes, *, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=_KEY_SIZE, salt=salt, info=info).derive(key)


def _normalise_sha(sha256: str) -> str:
    value = sha256.lower() if isinstance(sha256, str) else ""
    if not _SHA256_RE.fullmatch(value):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return value


def _chunk_count(size: int, chunk_size: int) -> int:
    return -(-size // chunk_size)


def _encrypted_length(size: int, chunk_size: int) -> int:
    """Length of a complete document file for `size` plaintext bytes."""
    return HEADER_SIZE + size + _TAG_SIZE * _chunk_count(size, chunk_size)


def _nonce(index: int) -> bytes:
    return index.to_bytes(_NONCE_SIZE, "big")


class _FileCipher:
    """Encrypts and decrypts the chunks of one file: its key, header and SHA-256 fixed."""

    def __init__(self, data_key: bytes, header: bytes, sha_raw: bytes) -> None:
        _, _, salt, size, chunk_size = _HEADER.unpack(header)
        self.size: int = size
        self.chunk_size: int = chunk_size
        self.count = _chunk_count(size, chunk_size)
        self._aead = AESGCM(_hkdf(data_key, salt=salt, info=_INFO_FILE + sha_raw))
        self._ad_prefix = header + sha_raw

    def plain_length(self, index: int) -> int:
        if index < self.count - 1:
            return self.chunk_size
        return self.size - (self.count - 1) * self.chunk_size

    def _ad(self, index: int) -> bytes:
        return self._ad_prefix + _CHUNK_AD.pack(index, 1 if index == self.count - 1 else 0)

    def encrypt(self, index: int, plaintext: bytes | memoryview) -> bytes:
        return self._aead.encrypt(_nonce(index), plaintext, self._ad(index))

    def decrypt(self, index: int, ciphertext: bytes) -> bytes:
        """Plaintext of chunk `index`; raises `InvalidTag` when it does not authenticate."""
        return self._aead.decrypt(_nonce(index), ciphertext, self._ad(index))


def _parse_header(header: bytes) -> tuple[int, int] | None:
    """(size, chunk size) when `header` is a well-formed version-1 header, else None."""
    if len(header) != HEADER_SIZE:
        return None
    magic, version, _, size, chunk_size = _HEADER.unpack(header)
    if magic != MAGIC or version != FORMAT_VERSION or size <= 0 or not _MIN_CHUNK <= chunk_size <= _MAX_CHUNK:
        return None
    return size, chunk_size


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - os.write raises rather than returning 0 on regular files
            raise OSError(errno.EIO, "short write")
        view = view[written:]


def _read_exact(fd: int, length: int) -> bytes:
    parts: list[bytes] = []
    remaining = length
    while remaining:
        block = os.read(fd, remaining)
        if not block:
            break
        parts.append(block)
        remaining -= len(block)
    return b"".join(parts)


def _fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); Windows has no directory handles to fsync."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class CacheWriter:
    """Streams one document into the cache: `write()` pieces as they arrive, then `commit()`.

    Get one from `DocumentCache.writer`. `offset` is how many plaintext bytes are safely stored, i.e. where the
    download resumes (HTTP `Range: bytes=<offset>-`); bytes given to `write()` but not yet filling a chunk are
    held in memory and are lost by `close()`, which is why `offset` can be below what was written. Use as a
    context manager: leaving the block closes (never commits), keeping the partial file for a later resume.
    """

    def __init__(self, *, part_path: Path, final_path: Path, data_key: bytes, sha256: str, size: int) -> None:
        self.sha256 = sha256
        self.size = size
        self._part = part_path
        self._final = final_path
        self._data_key = data_key
        self._sha_raw = bytes.fromhex(sha256)
        self._hasher = hashlib.sha256()
        self._buffer = bytearray()
        self._next_index = 0
        self._stored = 0
        self._stored_bytes = 0  # file length of header + whole chunks
        self._closed = False
        self._failed = False
        flags = os.O_RDWR | os.O_CREAT | _O_BINARY | _O_NOFOLLOW
        try:
            self._fd = os.open(part_path, flags, 0o600)
        except OSError as exc:
            raise CacheWriteError(f"cannot open the partial file: {exc}") from exc
        try:
            try:
                self._cipher = self._resume() or self._start_fresh()
            except OSError as exc:
                raise CacheWriteError(f"cannot resume the partial file: {exc}") from exc
        except BaseException:
            os.close(self._fd)
            raise

    # -- opening ---------------------------------------------------------------------------------------

    def _resume(self) -> _FileCipher | None:
        """Pick up an existing partial file; None when there is nothing usable to keep."""
        length = os.fstat(self._fd).st_size
        if length < HEADER_SIZE:
            return None
        os.lseek(self._fd, 0, os.SEEK_SET)
        header = _read_exact(self._fd, HEADER_SIZE)
        parsed = _parse_header(header)
        if parsed != (self.size, CHUNK_SIZE):
            return None  # another format, chunk size or size: start again rather than guess
        cipher = _FileCipher(self._data_key, header, self._sha_raw)
        stored = HEADER_SIZE
        index = 0
        # Decrypt stored chunks in order: verifies them and rebuilds the SHA-256 of the stored prefix. A torn
        # last chunk (too short) or one that fails to authenticate ends the usable prefix.
        while index < cipher.count:
            want = cipher.plain_length(index) + _TAG_SIZE
            if length - stored < want:
                break
            try:
                plaintext = cipher.decrypt(index, _read_exact(self._fd, want))
            except InvalidTag:
                break
            self._hasher.update(plaintext)
            stored += want
            index += 1
        if index == 0:
            return None  # nothing verified: a fresh salt costs nothing and avoids reusing this file key
        self._truncate_to(stored)
        self._next_index = index
        self._stored = min(index * CHUNK_SIZE, self.size)
        self._stored_bytes = stored
        return cipher

    def _start_fresh(self) -> _FileCipher:
        header = _HEADER.pack(MAGIC, FORMAT_VERSION, os.urandom(_SALT_SIZE), self.size, CHUNK_SIZE)
        self._hasher = hashlib.sha256()
        self._next_index = 0
        self._stored = 0
        try:
            self._truncate_to(0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            _write_all(self._fd, header)
        except OSError as exc:
            self._failed = True
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            raise CacheWriteError(f"cannot write the partial file header: {exc}") from exc
        self._stored_bytes = HEADER_SIZE
        return _FileCipher(self._data_key, header, self._sha_raw)

    def _truncate_to(self, length: int) -> None:
        os.ftruncate(self._fd, length)
        os.lseek(self._fd, length, os.SEEK_SET)

    # -- writing ---------------------------------------------------------------------------------------

    @property
    def offset(self) -> int:
        """Plaintext bytes safely stored in the partial file: resume the download from here."""
        return self._stored

    @property
    def complete(self) -> bool:
        """Every byte of the document is stored; `commit()` may be called."""
        return self._stored == self.size

    def _check_usable(self) -> None:
        if self._closed:
            raise ValueError("the cache writer is closed")
        if self._failed:
            raise CacheWriteError("an earlier write failed; close this writer and open a new one to resume")

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Take the next bytes of the document; whole chunks are encrypted and appended at once."""
        self._check_usable()
        view = memoryview(data).cast("B")
        if self._stored + len(self._buffer) + len(view) > self.size:
            raise ValueError(f"more bytes than the document's size ({self.size})")
        while self._next_index < self._cipher.count:
            need = self._cipher.plain_length(self._next_index) - len(self._buffer)
            if len(view) < need:
                self._buffer += view
                return
            if self._buffer:
                self._buffer += view[:need]
                self._append_chunk(bytes(self._buffer))
                self._buffer.clear()
            else:
                self._append_chunk(view[:need])
            view = view[need:]

    def _append_chunk(self, plaintext: bytes | memoryview) -> None:
        ciphertext = self._cipher.encrypt(self._next_index, plaintext)
        try:
            _write_all(self._fd, ciphertext)
        except OSError as exc:
            self._failed = True
            self._buffer.clear()
            # Cut the torn chunk away now if the OS lets us (truncating frees space, so it usually can);
            # if not, the next resume does it.
            with contextlib.suppress(OSError):
                self._truncate_to(self._stored_bytes)
            raise CacheWriteError(f"cannot write to the document cache: {exc}") from exc
        self._hasher.update(plaintext)
        self._stored_bytes += len(ciphertext)
        self._stored += len(plaintext)
        self._next_index += 1

    def commit(self) -> None:
        """Publish the document: check its SHA-256, make it durable, rename it to its final name.

        Raises `CacheIntegrityError` (and deletes the partial file) when the bytes are not the document asked
        for, `ValueError` when not all `size` bytes were written, `CacheWriteError` when the disk fails.
        """
        self._check_usable()
        if not self.complete:
            raise ValueError(f"incomplete: {self._stored + len(self._buffer)} of {self.size} bytes written")
        if not hmac.compare_digest(self._hasher.hexdigest(), self.sha256):
            self._finish()
            with contextlib.suppress(FileNotFoundError):
                self._part.unlink()
            raise CacheIntegrityError(f"downloaded bytes do not match SHA-256 {self.sha256}")
        try:
            os.fsync(self._fd)
            self._finish()
            os.replace(self._part, self._final)
            _fsync_dir(self._final.parent)
        except OSError as exc:
            self._finish()
            raise CacheWriteError(f"cannot publish the cached document: {exc}") from exc

    def close(self) -> None:
        """Stop writing and keep the partial file (flushed to disk) for a later resume. Idempotent."""
        if self._closed:
            return
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise CacheWriteError(f"cannot flush the partial file: {exc}") from exc
        finally:
            self._finish()

    def _finish(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._buffer.clear()
        try:
            os.close(self._fd)
        finally:
            with _active_lock:
                _active_parts.discard(str(self._part))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            # Already failing: keep the original error; a failed flush only costs resumable bytes.
            with contextlib.suppress(CacheWriteError):
                self.close()


class DocumentCache:
    """Encrypted document files under `root`, addressed by the SHA-256 of their plaintext.

    `data_key` is 32 random bytes the caller keeps (in the OS keyring); it is never written here. Raises
    `CacheKeyError` when `root` was written with another key.
    """

    def __init__(self, root: Path, data_key: bytes) -> None:
        if not isinstance(data_key, bytes) or len(data_key) != _KEY_SIZE:
            raise ValueError("the data key must be 32 bytes")
        self.root = Path(root).absolute()
        self._data_key = data_key
        self._name_key = _hkdf(data_key, info=_INFO_NAME)
        self._wiped = False
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.root, 0o700)
        self._check_key()

    # -- key check -------------------------------------------------------------------------------------

    def _check_key(self) -> None:
        aead = AESGCM(_hkdf(self._data_key, info=_INFO_CHECK))
        path = self.root / KEY_CHECK_NAME
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            nonce = os.urandom(_NONCE_SIZE)
            blob = _KEY_CHECK_PREFIX + nonce + aead.encrypt(nonce, _KEY_CHECK_PLAINTEXT, _KEY_CHECK_PREFIX)
            self._write_atomically(path, blob)
            return
        prefix_len = len(_KEY_CHECK_PREFIX)
        if not blob.startswith(_KEY_CHECK_PREFIX) or len(blob) < prefix_len + _NONCE_SIZE + _TAG_SIZE:
            raise CacheKeyError(f"the cache key check in {self.root} is damaged; wipe the cache")
        nonce = blob[prefix_len : prefix_len + _NONCE_SIZE]
        try:
            plaintext = aead.decrypt(nonce, blob[prefix_len + _NONCE_SIZE :], _KEY_CHECK_PREFIX)
        except InvalidTag:
            raise CacheKeyError(f"the data key does not open the cache in {self.root}") from None
        if plaintext != _KEY_CHECK_PLAINTEXT:
            raise CacheKeyError(f"the cache key check in {self.root} is damaged; wipe the cache")

    def _write_atomically(self, path: Path, data: bytes) -> None:
        tmp = path.with_name(path.name + TMP_SUFFIX)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_BINARY | _O_NOFOLLOW, 0o600)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
            _fsync_dir(path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise CacheWriteError(f"cannot write {path.name}: {exc}") from exc

    # -- names -----------------------------------------------------------------------------------------

    def _name(self, sha256: str) -> str:
        return hmac.new(self._name_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()

    def _final_path(self, sha256: str) -> Path:
        return self.root / self._name(sha256)

    def _part_path(self, sha256: str) -> Path:
        return self.root / (self._name(sha256) + PART_SUFFIX)

    # -- writing ---------------------------------------------------------------------------------------

    def writer(self, sha256: str, size: int) -> CacheWriter:
        """A writer for document `sha256` of `size` bytes, resuming its partial file when there is one."""
        sha = _normalise_sha(sha256)
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            raise ValueError(f"a document size must be a positive integer, not {size!r}")
        if self._wiped:
            raise CacheError("the cache was wiped")
        part = self._part_path(sha)
        with _active_lock:
            if str(part) in _active_parts:
                raise CacheBusyError(f"document {sha} is already being written")
            _active_parts.add(str(part))
        try:
            return CacheWriter(
                part_path=part, final_path=self._final_path(sha), data_key=self._data_key, sha256=sha, size=size
            )
        except BaseException:
            with _active_lock:
                _active_parts.discard(str(part))
            raise

    # -- reading ---------------------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        """Whether the finished document is cached (a partial download does not count)."""
        return self._final_path(_normalise_sha(sha256)).is_file()

    def open_bytes(self, sha256: str) -> bytes:
        """The document's plaintext, decrypted in memory only, every chunk and the SHA-256 verified.

        Raises `CacheMiss` (a `KeyError`) when it is not cached, `CacheIntegrityError` when the file was
        tampered with or damaged.
        """
        sha = _normalise_sha(sha256)
        path = self._final_path(sha)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise CacheMiss(f"document {sha} is not cached") from None
        with handle:
            return b"".join(self._decrypt_chunks(handle, sha))

    def _decrypt_chunks(self, handle: BinaryIO, sha: str) -> Iterator[bytes]:
        header = handle.read(HEADER_SIZE)
        parsed = _parse_header(header)
        if parsed is None:
            raise CacheIntegrityError(f"cached document {sha}: damaged header")
        size, chunk_size = parsed
        actual = os.fstat(handle.fileno()).st_size
        if actual != _encrypted_length(size, chunk_size):
            raise CacheIntegrityError(f"cached document {sha}: file length does not match its header")
        cipher = _FileCipher(self._data_key, header, bytes.fromhex(sha))
        hasher = hashlib.sha256()
        for index in range(cipher.count):
            ciphertext = handle.read(cipher.plain_length(index) + _TAG_SIZE)
            try:
                plaintext = cipher.decrypt(index, ciphertext)
            except InvalidTag:
                raise CacheIntegrityError(f"cached document {sha}: chunk {index} fails authentication") from None
            hasher.update(plaintext)
            yield plaintext
        if not hmac.compare_digest(hasher.hexdigest(), sha):
            raise CacheIntegrityError(f"cached document {sha}: SHA-256 does not match")

    # -- housekeeping ----------------------------------------------------------------------------------

    def size_on_disk(self) -> int:
        """Bytes used by every file under `root` (documents, partial downloads, key check)."""
        total = 0
        with contextlib.suppress(FileNotFoundError):
            for entry in os.scandir(self.root):
                with contextlib.suppress(FileNotFoundError):
                    if entry.is_file(follow_symlinks=False):
                        total += entry.stat(follow_symlinks=False).st_size
        return total

    def remove(self, sha256: str) -> bool:
        """Delete the document and its partial download; True when something was deleted."""
        sha = _normalise_sha(sha256)
        removed = False
        for path in (self._final_path(sha), self._part_path(sha)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed = True
        return removed

    def purge(self, keep: Iterable[str]) -> int:
        """Delete every document and partial download not in `keep`, and stray temp files; returns the count.

        Files whose names are not ours (neither cache names nor `*.tmp`) are left alone.
        """
        kept: set[str] = set()
        for sha in keep:
            name = self._name(_normalise_sha(sha))
            kept.update((name, name + PART_SUFFIX))
        count = 0
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return 0
        for entry in entries:
            name = entry.name
            ours = _OUR_NAME_RE.fullmatch(name) is not None or name.endswith(TMP_SUFFIX)
            if not ours or name in kept or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                count += 1
        return count

    def wipe(self) -> None:
        """Delete everything under `root`, and `root` itself; this cache object takes no new documents.

        Files are unlinked, not overwritten (pointless on flash storage): the erase that counts is the caller
        destroying the data key.
        """
        self._wiped = True
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(self.root)
