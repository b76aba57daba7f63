"""Time to sign (PKCS#12, and PKCS#11 on SoftHSM2 where installed) and to validate minutes with two signatures.

Targets (issue 15): under 150 ms per signature, under 100 ms to validate. Baselines measured in the same run:
hashing the file, and pyHanko's own validation of the signatures (integrity and trust only) without our extra
checks (expected signers, the unsigned first revision). Run: ``.venv/bin/python tests/bench/bench_signing.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutes_sample import minutes_record
from pki import PASSPHRASE, make_pki

from ecabinet.pdf.minutes import layout_minutes
from ecabinet.pdf.signing import Pkcs12Source, SignatureStamp, add_signature_fields, sign_pdf, unsigned_hash
from ecabinet.pdf.validation import validate_pdf

SIGN_TARGET_MS = 150.0
VALIDATE_TARGET_MS = 100.0


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches (fonts, stamp layout) once, as a running app would have them
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _twenty_pages(items: int) -> bytes:
    items_needed = items
    while True:
        rendered = layout_minutes(minutes_record(items=items_needed), "vi")
        import pymupdf

        with pymupdf.open(stream=rendered.pdf, filetype="pdf") as document:
            pages = document.page_count
        if pages >= 20 or items_needed > 200:
            return add_signature_fields(rendered.pdf, rendered.signature_fields)
        items_needed = max(items_needed + 1, int(items_needed * 20 / max(pages, 1)) + 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--no-token",
        action="store_true",
        help="skip the PKCS#11 row (SoftHSM2 reads its configuration once per process: the test suite's own "
        "token tests must be the first to load it)",
    )
    parser.add_argument("--items", type=int, default=12, help="agenda items to start from (grown to 20 pages)")
    args = parser.parse_args(argv)
    pki = make_pki()
    unsigned = _twenty_pages(args.items)
    import pymupdf

    with pymupdf.open(stream=unsigned, filetype="pdf") as document:
        pages = document.page_count
    secretary = Pkcs12Source(pki.secretary.pkcs12(PASSPHRASE), PASSPHRASE)
    chair = Pkcs12Source(pki.chair.pkcs12(PASSPHRASE), PASSPHRASE)
    stamp = SignatureStamp("Nguyễn Văn An", "Thủ tướng", "Đã ký 03/05/2027 10:42")

    def sign_first() -> bytes:
        return sign_pdf(unsigned, "sig_secretary", secretary, reason="r", location="l", stamp=stamp)

    first = sign_first()
    both = sign_pdf(first, "sig_chair", chair, reason="r", location="l", stamp=stamp)
    expected = {"sig_secretary": pki.secretary.fingerprint, "sig_chair": pki.chair.fingerprint}
    rows: list[tuple[str, float, float | None]] = []
    rows.append(
        ("baseline: SHA-256 of the signed file", _median_ms(lambda: hashlib.sha256(both).digest(), args.repeat), None)
    )
    rows.append(
        (
            "sign, PKCS#12 (second signer, with stamp)",
            _median_ms(lambda: sign_pdf(first, "sig_chair", chair, reason="r", location="l", stamp=stamp), args.repeat),
            SIGN_TARGET_MS,
        )
    )

    token = None if args.no_token else _pkcs11_row(first, pki, stamp, args.repeat)
    if token is not None:
        rows.append(("sign, PKCS#11 on SoftHSM2 (second signer)", token, SIGN_TARGET_MS))
    rows.append(
        ("baseline: pyHanko validation only (2 signatures)", _median_ms(lambda: _plain(both, pki), args.repeat), None)
    )
    rows.append(("validate, ours (2 signatures, expected, first revision)", _median_ms(
        lambda: validate_pdf(both, [pki.root_pem], expected=expected, unsigned_hash=unsigned_hash(unsigned)),
        args.repeat), VALIDATE_TARGET_MS))  # fmt: skip
    print(f"minutes: {pages} pages, {len(both) / 1024:.0f} KiB signed twice; median of {args.repeat} runs")
    print(f"{'what':<58} {'ms':>8} {'target':>8}")
    for name, ms, target in rows:
        verdict = "" if target is None else ("ok" if ms <= target else "over")
        print(f"{name:<58} {ms:8.1f} {'' if target is None else f'{target:.0f}':>8} {verdict}")
    if token is None:
        print("PKCS#11: SoftHSM2 / pkcs11-tool / python-pkcs11 not available, not measured")
    return 0


def _plain(pdf: bytes, pki: object) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(pki.root.issued.der)  # type: ignore[attr-defined]
    context = ValidationContext(trust_roots=[root])
    for signature in PdfFileReader(io.BytesIO(pdf)).embedded_regular_signatures:
        validate_pdf_signature(signature, context, skip_diff=True)


def _pkcs11_row(first: bytes, pki: object, stamp: SignatureStamp, repeat: int) -> float | None:
    import os
    import subprocess
    import tempfile

    from ecabinet.pdf.signing import Pkcs11Source, pkcs11_available
    from ecabinet.server.minutes.demo_pki import softhsm_module

    module = softhsm_module()
    if module is None or not pkcs11_available():
        return None
    chair = pki.chair  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "tokens").mkdir()
        config = base / "softhsm2.conf"
        config.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
        (base / "k.pem").write_bytes(chair.key_pem())
        (base / "c.der").write_bytes(chair.der)
        previous = os.environ.get("SOFTHSM2_CONF")
        os.environ["SOFTHSM2_CONF"] = str(config)
        try:
            for command in (
                ["softhsm2-util", "--init-token", "--free", "--label", "bench", "--pin", "1234", "--so-pin", "4321"],
                ["softhsm2-util", "--import", str(base / "k.pem"), "--token", "bench", "--label", "chair", "--id",
                 "01", "--pin", "1234"],
                ["pkcs11-tool", "--module", module, "--token-label", "bench", "--login", "--pin", "1234",
                 "--write-object", str(base / "c.der"), "--type", "cert", "--id", "01", "--label", "chair"],
            ):  # fmt: skip
                subprocess.run(command, check=True, capture_output=True)
            source = Pkcs11Source(
                module, "bench", "1234", key_label="chair", cert_label="chair", ca_chain=[pki.intermediate.issued.der]
            )  # type: ignore[attr-defined]
            return _median_ms(
                lambda: sign_pdf(first, "sig_chair", source, reason="r", location="l", stamp=stamp), repeat
            )
        finally:
            if previous is None:
                os.environ.pop("SOFTHSM2_CONF", None)
            else:
                os.environ["SOFTHSM2_CONF"] = previous


if __name__ == "__main__":
    raise SystemExit(main())
