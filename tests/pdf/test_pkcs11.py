"""Signing with a PKCS#11 token, for real: SoftHSM2 (Debian's softhsm2) holds the chair's key.

Needs the Debian packages softhsm2 and opensc (pkcs11-tool, to write the certificate onto the token)
and python-pkcs11 (pyHanko's ``pkcs11`` extra); skipped with the reason when one is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from minutes_sample import minutes_record
from pki import DemoPki, make_pki
from softhsm import MODULE, PIN, skip_reason, softhsm_token

from ecabinet.pdf.minutes import layout_minutes
from ecabinet.pdf.signing import Pkcs11Source, SigningError, add_signature_fields, sign_pdf
from ecabinet.pdf.validation import validate_pdf

TOKEN = "ecabinet-test"

pytestmark = pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture(scope="module")
def token(pki: DemoPki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SoftHSM2 token in a temp folder with the chair's key and certificate (id 01, label "chair")."""
    with softhsm_token(tmp_path_factory.mktemp("softhsm"), TOKEN, pki.chair, "chair") as config:
        yield config


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
