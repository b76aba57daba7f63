"""Signing with a PKCS#11 token, for real: SoftHSM2 (Debian's softhsm2) holds the chair's key.

Needs the Debian packages softhsm2 and opensc (pkcs11-tool, to write the certificate onto the token)
and python-pkcs11 (pyHanko's ``pkcs11`` extra); skipped with the reason when one is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from minutes_sample import minutes_record
from pki import DemoPki, make_pki

from ecabinet.pdf.minutes import layout_minutes
from ecabinet.pdf.signing import Pkcs11Source, SigningError, add_signature_fields, pkcs11_available, sign_pdf
from ecabinet.pdf.validation import validate_pdf

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
MODULE = next((path for path in MODULE_CANDIDATES if Path(path).exists()), None)
PIN = "123456"
TOKEN = "ecabinet-test"

pytestmark = [
    pytest.mark.skipif(not pkcs11_available(), reason="python-pkcs11 (pyHanko's pkcs11 extra) is not installed"),
    pytest.mark.skipif(
        MODULE is None or shutil.which("softhsm2-util") is None, reason="SoftHSM2 is not installed (apt softhsm2)"
    ),
    pytest.mark.skipif(shutil.which("pkcs11-tool") is None, reason="pkcs11-tool is not installed (apt opensc)"),
]


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture(scope="module")
def token(pki: DemoPki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SoftHSM2 token in a temp folder with the chair's key and certificate (id 01, label "chair")."""
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)
    key = folder / "chair.key.pem"
    key.write_bytes(pki.chair.key_pem())
    cert = folder / "chair.der"
    cert.write_bytes(pki.chair.der)

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, env=os.environ.copy())

    try:
        run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", "654321")
        run("softhsm2-util", "--import", str(key), "--token", TOKEN, "--label", "chair", "--id", "01", "--pin", PIN)
        assert MODULE is not None
        run(
            "pkcs11-tool", "--module", MODULE, "--token-label", TOKEN, "--login", "--pin", PIN,
            "--write-object", str(cert), "--type", "cert", "--id", "01", "--label", "chair",
        )  # fmt: skip
        yield str(config)
    finally:
        if previous is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = previous


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    rendered = layout_minutes(minutes_record(items=1), "lo")
    return add_signature_fields(rendered.pdf, rendered.signature_fields)


def _source(pin: object, chain: tuple[bytes, ...] = ()) -> Pkcs11Source:
    assert MODULE is not None
    return Pkcs11Source(
        module_path=MODULE,
        token_label=TOKEN,
        pin=pin,
        key_label="chair",
        cert_label="chair",
        ca_chain=chain,  # type: ignore[arg-type]
    )


def test_sign_with_the_token_and_validate(token: str, pki: DemoPki, unsigned: bytes) -> None:
    # The token holds only the chair's certificate: the intermediate comes from the app's store.
    bare = sign_pdf(unsigned, "sig_chair", _source(PIN), reason="Approved", location="Vientiane")
    assert validate_pdf(bare, [pki.root_pem]).codes == ["untrusted"]
    signed = sign_pdf(
        unsigned, "sig_chair", _source(PIN, (pki.intermediate.issued.pem,)), reason="Approved", location="Vientiane"
    )
    report = validate_pdf(signed, [pki.root_pem], expected={"sig_chair": pki.chair.fingerprint})
    assert [s.problems for s in report.signatures] == [[]]
    assert report.signatures[0].fingerprint == pki.chair.fingerprint
    asked: list[bool] = []

    def prompt() -> str:
        asked.append(True)
        return PIN

    assert sign_pdf(unsigned, "sig_chair", _source(prompt), reason="r", location="l").startswith(unsigned)
    assert asked == [True]


def test_wrong_pin_and_cancelled_prompt_sign_nothing(token: str, unsigned: bytes) -> None:
    with pytest.raises(SigningError) as caught:
        sign_pdf(unsigned, "sig_chair", _source("000000"), reason="r", location="l")
    assert caught.value.code == "wrong_pin"
    with pytest.raises(SigningError) as caught:
        sign_pdf(unsigned, "sig_chair", _source(lambda: None), reason="r", location="l")
    assert caught.value.code == "pin_cancelled"
