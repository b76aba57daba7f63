"""The encrypted document cache: round trips, resume, tampering, wrong key, full disk, no plaintext at rest."""

from __future__ import annotations

import errno
import hashlib
import hmac
import importlib.util
import os
import re
import stat
import struct
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ecabinet.client.cache import (
    CHUNK_SIZE,
    HEADER_SIZE,
    KEY_CHECK_NAME,
    CacheBusyError,
    CacheError,
    CacheIntegrityError,
    CacheKeyError,
    CacheMiss,
    CacheWriteError,
    DocumentCache,
)

C = CHUNK_SIZE
TAG = 16
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload(size: int, seed: int = 0) -> bytes:
    """Deterministic, non-repeating bytes (so swapped chunks differ)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest() * 64
        counter += 1
    return bytes(out[:size])


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def cache(root: Path) -> DocumentCache:
    return DocumentCache(root, KEY)


def store(cache: DocumentCache, data: bytes, piece: int = 10_000) -> str:
    digest = sha(data)
    with cache.writer(digest, len(data)) as writer:
        for start in range(0, len(data), piece):
            writer.write(data[start : start + piece])
        writer.commit()
    return digest


def doc_files(root: Path, suffix: str = "") -> list[Path]:
    """Document files (final when suffix is empty, else e.g. '.part'): 64 hex digits plus the suffix."""
    return sorted(p for p in root.iterdir() if re.fullmatch(r"[0-9a-f]{64}" + re.escape(suffix), p.name))


def only_doc(root: Path) -> Path:
    files = doc_files(root)
    assert len(files) == 1, files
    return files[0]


def only_part(root: Path) -> Path:
    files = doc_files(root, ".part")
    assert len(files) == 1, files
    return files[0]


# -- round trips ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 2, C - 1, C, C + 1, 2 * C, 3 * C + 17, 5 * 1024 * 1024 + 3])
def test_round_trip(cache: DocumentCache, root: Path, size: int) -> None:
    data = payload(size)
    digest = store(cache, data, piece=7_777)
    assert cache.has(digest)
    assert cache.open_bytes(digest) == data
    expected_chunks = -(-size // C)
    assert only_doc(root).stat().st_size == HEADER_SIZE + size + TAG * expected_chunks
    assert doc_files(root, ".part") == []
    # A new cache object on the same folder and key reads it too.
    assert DocumentCache(root, KEY).open_bytes(digest) == data


@pytest.mark.parametrize("piece", [1, 1000, C, C + 1, 10 * C])
def test_write_piece_sizes_do_not_matter(cache: DocumentCache, piece: int) -> None:
    data = payload(3 * C + 5 if piece > 1 else C + 5, seed=piece)
    digest = store(cache, data, piece=piece)
    assert cache.open_bytes(digest) == data


def test_write_accepts_bytearray_and_memoryview(cache: DocumentCache) -> None:
    data = payload(C + 10)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(bytearray(data[:100]))
        writer.write(memoryview(data)[100:])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


@pytest.mark.parametrize("size", [0, -1, True, 1.5])
def test_non_positive_or_odd_sizes_are_refused(cache: DocumentCache, size: object) -> None:
    with pytest.raises(ValueError):
        cache.writer("0" * 64, size)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "abc", "g" * 64, "0" * 63, "0" * 65])
def test_malformed_sha_is_refused(cache: DocumentCache, bad: str) -> None:
    with pytest.raises(ValueError):
        cache.writer(bad, 10)
    with pytest.raises(ValueError):
        cache.has(bad)


def test_upper_case_sha_is_the_same_document(cache: DocumentCache) -> None:
    data = payload(100)
    store(cache, data)
    assert cache.has(sha(data).upper())
    assert cache.open_bytes(sha(data).upper()) == data


def test_writing_more_than_size_is_refused(cache: DocumentCache, root: Path) -> None:
    data = payload(C + 5)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data)
        with pytest.raises(ValueError):
            writer.write(b"x")
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_commit_before_all_bytes_is_refused(cache: DocumentCache, root: Path) -> None:
    data = payload(2 * C)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[:-1])
        with pytest.raises(ValueError):
            writer.commit()
    assert not cache.has(sha(data))
    assert doc_files(root) == []


def test_missing_document(cache: DocumentCache) -> None:
    with pytest.raises(CacheMiss):
        cache.open_bytes("a" * 64)
    with pytest.raises(KeyError):
        cache.open_bytes("a" * 64)
    assert not cache.has("a" * 64)


def test_a_partial_download_is_not_visible(cache: DocumentCache, root: Path) -> None:
    data = payload(3 * C)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: 2 * C])
        assert writer.offset == 2 * C
        assert not cache.has(sha(data))
        assert doc_files(root) == []
        with pytest.raises(CacheMiss):
            cache.open_bytes(sha(data))


def test_rewriting_a_cached_document_replaces_it(cache: DocumentCache) -> None:
    data = payload(C + 1)
    store(cache, data)
    store(cache, data, piece=5)
    assert cache.open_bytes(sha(data)) == data


# -- resume --------------------------------------------------------------------------------------------

SIZE = 3 * C + 123


@pytest.mark.parametrize("split", [1, 1000, C - 1, C, C + 1, 2 * C + 7, 3 * C, SIZE - 1, SIZE])
def test_resume_after_close(cache: DocumentCache, root: Path, split: int) -> None:
    data = payload(SIZE, seed=split)
    digest = sha(data)
    with cache.writer(digest, SIZE) as writer:
        writer.write(data[:split])
    expected = SIZE if split == SIZE else (split // C) * C
    with cache.writer(digest, SIZE) as writer:
        assert writer.offset == expected
        assert writer.complete == (expected == SIZE)
        writer.write(data[writer.offset :])
        writer.commit()
    assert cache.open_bytes(digest) == data
    assert doc_files(root, ".part") == []


def test_resume_many_times(cache: DocumentCache) -> None:
    data = payload(6 * C + 999, seed=7)
    digest = sha(data)
    received = 0
    for step in (C // 3, 2 * C + 5, 1, 3 * C, C):
        with cache.writer(digest, len(data)) as writer:
            assert writer.offset <= received
            received = writer.offset + step
            writer.write(data[writer.offset : received])
    with cache.writer(digest, len(data)) as writer:
        writer.write(data[writer.offset :])
        writer.commit()
    assert cache.open_bytes(digest) == data


def test_resume_survives_an_exception_in_the_with_block(cache: DocumentCache) -> None:
    data = payload(2 * C + 1)
    with pytest.raises(RuntimeError), cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: C + 10])
        raise RuntimeError("network dropped")
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == C
        writer.write(data[C:])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


@pytest.mark.parametrize("cut", [1, 5, TAG, C // 2])
def test_torn_last_chunk_is_cut_away(cache: DocumentCache, root: Path, cut: int) -> None:
    data = payload(5 * C, seed=cut)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: 3 * C + 100])
        assert writer.offset == 3 * C
    part = only_part(root)
    os.truncate(part, part.stat().st_size - cut)
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == 2 * C
        assert part.stat().st_size == HEADER_SIZE + 2 * (C + TAG)
        writer.write(data[writer.offset :])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_torn_header_starts_again(cache: DocumentCache, root: Path) -> None:
    data = payload(2 * C)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[:C])
    os.truncate(only_part(root), HEADER_SIZE - 3)
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == 0
        writer.write(data)
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_trailing_garbage_after_a_crash_is_cut_away(cache: DocumentCache, root: Path) -> None:
    data = payload(3 * C)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: 2 * C])
    with only_part(root).open("ab") as handle:
        handle.write(bytes(C + TAG + 50))  # a crash can leave zero-filled blocks
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == 2 * C
        writer.write(data[2 * C :])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_a_damaged_stored_chunk_ends_the_kept_prefix(cache: DocumentCache, root: Path) -> None:
    data = payload(4 * C)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: 3 * C])
    part = only_part(root)
    raw = bytearray(part.read_bytes())
    raw[HEADER_SIZE + (C + TAG) + 10] ^= 0x01  # inside chunk 1
    part.write_bytes(raw)
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == C
        writer.write(data[C:])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_a_partial_for_another_size_starts_again(cache: DocumentCache) -> None:
    data = payload(3 * C)
    with cache.writer(sha(data), 4 * C) as writer:  # the caller had a wrong size the first time
        writer.write(data[: 2 * C])
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == 0
        writer.write(data)
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_two_writers_for_one_document_are_refused(cache: DocumentCache) -> None:
    data = payload(10)
    writer = cache.writer(sha(data), len(data))
    try:
        with pytest.raises(CacheBusyError):
            cache.writer(sha(data), len(data))
        with pytest.raises(CacheBusyError):
            DocumentCache(cache.root, KEY).writer(sha(data), len(data))
    finally:
        writer.close()
    with cache.writer(sha(data), len(data)) as again:
        again.write(data)
        again.commit()
    assert cache.open_bytes(sha(data)) == data


def test_closed_writer_refuses_writes(cache: DocumentCache) -> None:
    writer = cache.writer("b" * 64, 10)
    writer.close()
    writer.close()  # idempotent
    with pytest.raises(ValueError):
        writer.write(b"x")


# -- wrong content -------------------------------------------------------------------------------------


def test_wrong_sha_is_refused_and_nothing_is_cached(cache: DocumentCache, root: Path) -> None:
    data = payload(2 * C + 3)
    claimed = sha(b"something else")
    with cache.writer(claimed, len(data)) as writer:
        writer.write(data)
        with pytest.raises(CacheIntegrityError):
            writer.commit()
    assert not cache.has(claimed)
    assert doc_files(root) == [] and doc_files(root, ".part") == []


def test_wrong_sha_after_resume_is_refused(cache: DocumentCache, root: Path) -> None:
    data = payload(2 * C + 3)
    claimed = sha(b"something else")
    with cache.writer(claimed, len(data)) as writer:
        writer.write(data[: C + 1])
    with cache.writer(claimed, len(data)) as writer:
        assert writer.offset == C
        writer.write(data[C:])
        with pytest.raises(CacheIntegrityError):
            writer.commit()
    assert not cache.has(claimed)
    assert doc_files(root) == [] and doc_files(root, ".part") == []


# -- tampering with a finished file -------------------------------------------------------------------


def chunk_offset(index: int) -> int:
    return HEADER_SIZE + index * (C + TAG)


@pytest.fixture
def stored(cache: DocumentCache, root: Path) -> tuple[str, Path]:
    data = payload(4 * C + 500, seed=42)
    digest = store(cache, data)
    assert cache.open_bytes(digest) == data
    return digest, only_doc(root)


def tamper(path: Path, change: Callable[[bytearray], bytes | bytearray]) -> None:
    path.write_bytes(bytes(change(bytearray(path.read_bytes()))))


@pytest.mark.parametrize(
    "position",
    [0, 8, 9, 9 + 16, 9 + 16 + 7, 9 + 16 + 8, HEADER_SIZE - 1, HEADER_SIZE, chunk_offset(2) + 100, -1],
    ids=["magic", "version", "salt", "size-high", "size-low", "chunk-size", "header-end", "chunk0", "chunk2", "tag"],
)
def test_flipped_byte_is_detected(cache: DocumentCache, stored: tuple[str, Path], position: int) -> None:
    digest, path = stored

    def flip(raw: bytearray) -> bytearray:
        raw[position] ^= 0x01
        return raw

    tamper(path, flip)
    with pytest.raises(CacheIntegrityError):
        cache.open_bytes(digest)


def test_swapped_chunks_are_detected(cache: DocumentCache, stored: tuple[str, Path]) -> None:
    digest, path = stored

    def swap(raw: bytearray) -> bytearray:
        a, b, end = chunk_offset(1), chunk_offset(2), chunk_offset(3)
        raw[a:end] = raw[b:end] + raw[a:b]
        return raw

    tamper(path, swap)
    with pytest.raises(CacheIntegrityError, match="chunk 1"):
        cache.open_bytes(digest)


def test_dropped_last_chunk_is_detected(cache: DocumentCache, stored: tuple[str, Path]) -> None:
    digest, path = stored
    tamper(path, lambda raw: raw[: chunk_offset(4)])
    with pytest.raises(CacheIntegrityError):
        cache.open_bytes(digest)


@pytest.mark.parametrize("keep_chunks", [1, 4])
def test_truncation_at_a_chunk_boundary_with_a_forged_size_is_detected(
    cache: DocumentCache, stored: tuple[str, Path], keep_chunks: int
) -> None:
    """Cut whole chunks off *and* rewrite the header's size so the length adds up: the AD still catches it."""
    digest, path = stored

    def cut(raw: bytearray) -> bytearray:
        raw = raw[: chunk_offset(keep_chunks)]
        raw[25:33] = (keep_chunks * C).to_bytes(8, "big")
        return raw

    tamper(path, cut)
    with pytest.raises(CacheIntegrityError, match="chunk 0"):
        cache.open_bytes(digest)


def test_chunk_transplanted_from_another_file_is_detected(
    cache: DocumentCache, root: Path, stored: tuple[str, Path]
) -> None:
    digest, path = stored
    other = payload(4 * C + 500, seed=43)
    other_path = cache._final_path(store(cache, other))
    donor = other_path.read_bytes()[chunk_offset(2) : chunk_offset(3)]

    def transplant(raw: bytearray) -> bytearray:
        raw[chunk_offset(2) : chunk_offset(3)] = donor
        return raw

    tamper(path, transplant)
    with pytest.raises(CacheIntegrityError, match="chunk 2"):
        cache.open_bytes(digest)


def test_whole_file_transplanted_under_another_name_is_detected(cache: DocumentCache) -> None:
    """A thief with write access swaps one document's file for another's (same key, same size)."""
    first = payload(2 * C, seed=1)
    second = payload(2 * C, seed=2)
    a, b = store(cache, first), store(cache, second)
    cache._final_path(b).replace(cache._final_path(a))
    with pytest.raises(CacheIntegrityError):
        cache.open_bytes(a)


def test_same_document_stored_twice_uses_a_fresh_salt(cache: DocumentCache, root: Path) -> None:
    data = payload(C + 1)
    store(cache, data)
    first = only_doc(root).read_bytes()
    cache.remove(sha(data))
    store(cache, data)
    second = only_doc(root).read_bytes()
    assert first[9:25] != second[9:25]  # salt
    assert first[HEADER_SIZE:] != second[HEADER_SIZE:]


def test_format_matches_the_documented_layout(cache: DocumentCache, root: Path) -> None:
    """Decode a cache file with an independent reading of the module docstring: pins the on-disk format."""

    def hkdf(info: bytes, salt: bytes | None = None) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(KEY)

    data = payload(2 * C + 5, seed=9)
    digest = store(cache, data)
    sha_raw = bytes.fromhex(digest)
    path = only_doc(root)
    assert path.name == hmac.new(hkdf(b"ecabinet/cache/v1/name"), sha_raw, hashlib.sha256).hexdigest()
    raw = path.read_bytes()
    header = raw[:37]
    magic, version, salt, size, chunk = struct.unpack(">8sB16sQI", header)
    assert (magic, version, size, chunk) == (b"ECABCDOC", 1, len(data), 65536)
    aead = AESGCM(hkdf(b"ecabinet/cache/v1/file" + sha_raw, salt=salt))
    plain, pos = b"", 37
    for index, last in ((0, 0), (1, 0), (2, 1)):
        length = min(chunk, size - index * chunk) + 16
        ad = header + sha_raw + index.to_bytes(8, "big") + bytes([last])
        plain += aead.decrypt(index.to_bytes(12, "big"), raw[pos : pos + length], ad)
        pos += length
    assert pos == len(raw) and plain == data
    check = (root / KEY_CHECK_NAME).read_bytes()
    assert check[:9] == b"ECABKCHK\x01"
    AESGCM(hkdf(b"ecabinet/cache/v1/key-check")).decrypt(check[9:21], check[21:], check[:9])


# -- keys and names ------------------------------------------------------------------------------------


def test_other_data_key_is_refused(cache: DocumentCache, root: Path) -> None:
    store(cache, payload(100))
    with pytest.raises(CacheKeyError):
        DocumentCache(root, OTHER_KEY)
    assert DocumentCache(root, KEY).has(sha(payload(100)))


def test_damaged_key_check_is_a_key_error(cache: DocumentCache, root: Path) -> None:
    (root / KEY_CHECK_NAME).write_bytes(b"junk")
    with pytest.raises(CacheKeyError):
        DocumentCache(root, KEY)


@pytest.mark.parametrize("key", [b"", b"x" * 31, b"x" * 33, "x" * 32])
def test_data_key_must_be_32_bytes(root: Path, key: object) -> None:
    with pytest.raises(ValueError):
        DocumentCache(root, key)  # type: ignore[arg-type]


def test_the_key_is_never_written(cache: DocumentCache, root: Path) -> None:
    store(cache, payload(3 * C))
    for path in root.iterdir():
        assert KEY not in path.read_bytes()


def test_names_reveal_nothing_and_differ_per_key(tmp_path: Path) -> None:
    data = payload(C + 1)
    digest = sha(data)
    one = DocumentCache(tmp_path / "one", KEY)
    two = DocumentCache(tmp_path / "two", OTHER_KEY)
    store(one, data)
    store(two, data)
    with one.writer(sha(b"partial"), 2 * C) as writer:
        writer.write(payload(C))
    names_one = {p.name for p in (tmp_path / "one").iterdir()}
    names_two = {p.name for p in (tmp_path / "two").iterdir()}
    for name in names_one | names_two:
        assert digest not in name and digest[:16] not in name and sha(b"partial")[:16] not in name
    assert (names_one - {KEY_CHECK_NAME}).isdisjoint(names_two)
    assert only_doc(tmp_path / "one").name == DocumentCache(tmp_path / "one", KEY)._final_path(digest).name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_are_private(tmp_path: Path) -> None:
    root = tmp_path / "loose"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    cache = DocumentCache(root, KEY)
    store(cache, payload(10))
    with cache.writer(sha(b"p"), 2 * C) as writer:
        writer.write(payload(C))
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for path in root.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


# -- no plaintext at rest ------------------------------------------------------------------------------

SECRET = "CABINET-SECRET-4711 budget reallocation"


def make_pdf() -> bytes:
    pymupdf = pytest.importorskip("pymupdf")
    doc = pymupdf.open()
    doc.set_metadata({"title": SECRET, "subject": SECRET})
    for number in range(6):
        page = doc.new_page()
        page.insert_text((72, 72), f"{SECRET} page {number}")
        page.insert_text((72, 100), "x" * 80)
    data: bytes = doc.tobytes(garbage=0, deflate=False)  # uncompressed, so the text is in the bytes
    doc.close()
    return data + b"%" + payload(200_000)  # pad past a few chunks; PDF readers ignore trailing bytes


def all_bytes_under(folder: Path) -> Iterator[tuple[Path, bytes]]:
    for path in folder.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()


def test_no_pdf_bytes_at_rest(tmp_path: Path) -> None:
    pdf = make_pdf()
    assert pdf.startswith(b"%PDF") and SECRET.encode() in pdf and b"endobj" in pdf
    root = tmp_path / "cache"
    cache = DocumentCache(root, KEY)
    digest = store(cache, pdf, piece=4096)
    other = pdf + b"\n% another version"
    with cache.writer(sha(other), len(other)) as writer:
        writer.write(other[: 2 * C + 500])  # a partial download, with bytes still buffered when closed
    assert doc_files(root, ".part")
    for path, raw in all_bytes_under(tmp_path):
        for needle in (b"%PDF", b"endobj", b"%%EOF", SECRET.encode(), SECRET[:12].encode()):
            assert needle not in raw, (path, needle)
    assert cache.open_bytes(digest) == pdf


# -- disk full -----------------------------------------------------------------------------------------


@contextmanager
def disk_full_after(budget: int, *, truncate_fails: bool = False) -> Iterator[list[int]]:
    """os.write accepts `budget` more bytes in total (a short write first), then raises ENOSPC."""
    real_write, real_ftruncate = os.write, os.ftruncate
    left = [budget]

    def fake_write(fd: int, data: bytes | memoryview) -> int:
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = min(len(data), left[0])
        left[0] -= n
        return real_write(fd, bytes(data)[:n])

    def fake_ftruncate(fd: int, length: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    mp = pytest.MonkeyPatch()
    mp.setattr(os, "write", fake_write)
    if truncate_fails:
        mp.setattr(os, "ftruncate", fake_ftruncate)
    try:
        yield left
    finally:
        mp.undo()
    assert real_ftruncate is os.ftruncate


@pytest.mark.parametrize("truncate_fails", [False, True])
def test_disk_full_leaves_a_resumable_partial(cache: DocumentCache, root: Path, truncate_fails: bool) -> None:
    data = payload(5 * C + 77)
    digest = sha(data)
    writer = cache.writer(digest, len(data))
    writer.write(data[:C])
    with disk_full_after(2 * (C + TAG) + 1000, truncate_fails=truncate_fails):
        with pytest.raises(CacheWriteError) as caught:
            writer.write(data[C:])
        assert isinstance(caught.value.__cause__, OSError)
        assert caught.value.__cause__.errno == errno.ENOSPC
        with pytest.raises(CacheWriteError):
            writer.write(b"more")  # the writer stays failed
        with pytest.raises(CacheWriteError):
            writer.commit()
    writer.close()
    assert not cache.has(digest) and doc_files(root) == []
    torn = only_part(root).stat().st_size
    assert torn == chunk_offset(3) + (1000 if truncate_fails else 0)
    with cache.writer(digest, len(data)) as again:
        assert again.offset == 3 * C
        again.write(data[again.offset :])
        again.commit()
    assert cache.open_bytes(digest) == data


def test_disk_full_while_writing_the_header(cache: DocumentCache, root: Path) -> None:
    data = payload(C)
    with disk_full_after(10), pytest.raises(CacheWriteError):
        cache.writer(sha(data), len(data))
    assert doc_files(root) == []
    with cache.writer(sha(data), len(data)) as writer:  # not left busy, and starts cleanly
        assert writer.offset == 0
        writer.write(data)
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


def test_disk_full_on_the_last_chunk_publishes_nothing(cache: DocumentCache, root: Path) -> None:
    data = payload(2 * C + 5)
    with cache.writer(sha(data), len(data)) as writer:
        writer.write(data[: 2 * C])
        with disk_full_after(3), pytest.raises(CacheWriteError):
            writer.write(data[2 * C :])
    assert not cache.has(sha(data)) and doc_files(root) == []
    with cache.writer(sha(data), len(data)) as writer:
        assert writer.offset == 2 * C
        writer.write(data[2 * C :])
        writer.commit()
    assert cache.open_bytes(sha(data)) == data


# -- housekeeping --------------------------------------------------------------------------------------


def test_remove(cache: DocumentCache, root: Path) -> None:
    data = payload(C + 1)
    digest = store(cache, data)
    with cache.writer(digest, len(data)) as writer:
        writer.write(data[: C + 1 - 1])
    assert cache.remove(digest)
    assert not cache.has(digest)
    assert doc_files(root) == [] and doc_files(root, ".part") == []
    assert not cache.remove(digest)


def test_size_on_disk(cache: DocumentCache, root: Path) -> None:
    before = cache.size_on_disk()
    assert before == (root / KEY_CHECK_NAME).stat().st_size
    store(cache, payload(3 * C))
    assert cache.size_on_disk() == before + HEADER_SIZE + 3 * (C + TAG)


def test_purge_keeps_only_what_is_asked(cache: DocumentCache, root: Path) -> None:
    keep_data, drop_data, drop2_data = payload(C, 1), payload(C, 2), payload(C, 3)
    keep = store(cache, keep_data)
    store(cache, drop_data)
    store(cache, drop2_data)
    keep_partial_data, drop_partial_data = payload(3 * C, 4), payload(3 * C, 5)
    for data in (keep_partial_data, drop_partial_data):
        with cache.writer(sha(data), len(data)) as writer:
            writer.write(data[: C + 3])
    (root / "0123.tmp").write_bytes(b"stray")
    (root / "README").write_bytes(b"not ours")
    assert cache.purge([keep, sha(keep_partial_data)]) == 4  # two documents, one partial, one temp file
    assert cache.open_bytes(keep) == keep_data
    assert not cache.has(sha(drop_data)) and not cache.has(sha(drop2_data))
    assert len(doc_files(root)) == 1 and len(doc_files(root, ".part")) == 1
    with cache.writer(sha(keep_partial_data), len(keep_partial_data)) as writer:
        assert writer.offset == C
    assert (root / KEY_CHECK_NAME).exists() and (root / "README").exists()
    assert cache.purge([]) == 2
    assert DocumentCache(root, KEY).size_on_disk() > 0  # key check survives a purge


def test_wipe(cache: DocumentCache, root: Path) -> None:
    digest = store(cache, payload(C))
    with cache.writer(sha(b"x"), 2 * C) as writer:
        writer.write(payload(C))
    cache.wipe()
    assert not root.exists()
    assert not cache.has(digest)
    assert cache.size_on_disk() == 0
    assert cache.purge([]) == 0
    with pytest.raises(CacheError):
        cache.writer(digest, C)
    cache.wipe()  # twice is fine
    # A new cache, even with another key, starts empty.
    assert not DocumentCache(root, OTHER_KEY).has(digest)


# -- benchmark smoke -----------------------------------------------------------------------------------


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).parents[1] / "bench" / "bench_cache.py"
    spec = importlib.util.spec_from_file_location("bench_cache", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_cache", module)
    spec.loader.exec_module(module)
    assert module.main(["--mb", "2", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "encrypt+write" in out and "read+decrypt" in out and "MB/s" in out
