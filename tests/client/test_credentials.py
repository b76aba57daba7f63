"""The signing certificate on the device: a real PKCS#12 from the test PKI, and a real SoftHSM2 token."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pki import DemoPki, make_pki
from softhsm import MODULE, PIN, skip_reason, softhsm_token

from ecabinet.client.credentials import CredentialError, SecretNeeded, SigningCredentials
from ecabinet.client.vault import KeyringSecrets
from ecabinet.pdf.cms import sign_detached, verify_detached
from ecabinet.pdf.signing import SigningError

PASS = "pass phrase"


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture
def credentials(tmp_path: Path, memory_keyring: object) -> SigningCredentials:
    return SigningCredentials(tmp_path / "signing", KeyringSecrets("https://ecabinet.test", "default:u1"))


def test_a_p12_is_kept_and_signs_with_the_remembered_passphrase(credentials: SigningCredentials, pki: DemoPki) -> None:
    assert credentials.info() is None
    with pytest.raises(CredentialError) as caught:
        credentials.source()
    assert caught.value.code == "no_certificate"
    info = credentials.import_pkcs12(pki.secretary.pkcs12(PASS), PASS, remember=True)
    assert info.kind == "pkcs12" and info.subject == "Phạm Thư Ký" and info.issuer == "eCabinet Test Signing CA"
    assert info.fingerprint == pki.secretary.fingerprint and info.remembers_secret
    assert credentials.info() == info
    signature = sign_detached(b"answer", credentials.source())
    report = verify_detached(b"answer", signature, [pki.root_pem], expected_fingerprints={pki.secretary.fingerprint})
    assert report.ok, report
    # The file on disk is the encrypted .p12 (owner-only), never the bare key.
    stored = credentials.folder / "certificate.p12"
    assert stored.stat().st_mode & 0o077 == 0 and b"PRIVATE KEY" not in stored.read_bytes()


def test_not_remembered_means_asked_and_a_wrong_one_is_refused(credentials: SigningCredentials, pki: DemoPki) -> None:
    credentials.import_pkcs12(pki.chair.pkcs12(PASS), PASS, remember=False)
    info = credentials.info()
    assert info is not None and not info.remembers_secret
    with pytest.raises(SecretNeeded):
        credentials.source()
    with pytest.raises(SigningError) as caught:
        sign_detached(b"x", credentials.source("wrong"))
    assert caught.value.code == "wrong_passphrase"
    assert sign_detached(b"x", credentials.source(PASS))
    credentials.forget()
    assert credentials.info() is None and not any(credentials.folder.iterdir())


def test_bad_files_are_refused_and_keep_the_old_certificate(credentials: SigningCredentials, pki: DemoPki) -> None:
    credentials.import_pkcs12(pki.secretary.pkcs12(PASS), PASS, remember=True)
    with pytest.raises(CredentialError) as caught:
        credentials.import_pkcs12(pki.chair.pkcs12(PASS), "not it", remember=True)
    assert caught.value.code == "wrong_passphrase"
    with pytest.raises(CredentialError) as caught:
        credentials.import_pkcs12(b"%PDF-1.7 not a certificate", PASS, remember=True)
    assert caught.value.code == "wrong_passphrase"
    now = dt.datetime.now(dt.UTC)
    expired = pki.intermediate.issue_signer(
        "Old Key", "Chính phủ", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=1)
    )
    with pytest.raises(CredentialError) as caught:
        credentials.import_pkcs12(expired.pkcs12(PASS), PASS, remember=True)
    assert caught.value.code == "certificate_expired"
    info = credentials.info()
    assert info is not None and info.fingerprint == pki.secretary.fingerprint


@pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")
def test_a_token_is_remembered_by_where_it_is_not_by_its_key(
    credentials: SigningCredentials, pki: DemoPki, tmp_path: Path
) -> None:
    assert MODULE is not None
    with softhsm_token(tmp_path / "hsm", "minister-token", pki.chair, "signing") as _config:
        with pytest.raises(CredentialError) as caught:
            credentials.use_token(MODULE, "minister-token", "000000", key_label="signing")
        assert caught.value.code == "wrong_pin" and credentials.info() is None
        info = credentials.use_token(
            MODULE, "minister-token", PIN, key_label="signing", ca_chain=[pki.intermediate.issued.der]
        )
        assert info.kind == "pkcs11" and info.token_label == "minister-token"
        assert info.fingerprint == pki.chair.fingerprint and not info.remembers_secret
        with pytest.raises(SecretNeeded):
            credentials.source()
        signature = sign_detached(b"ballot", credentials.source(PIN))
        assert verify_detached(b"ballot", signature, [pki.root_pem]).ok
        assert PIN not in (credentials.folder / "token.json").read_text()
