"""Signing from the app: set up the certificate, the passphrase prompt, a wrong passphrase, off-thread work."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pki import DemoPki, make_pki
from PySide6.QtWidgets import QWidget

from ecabinet.client.credentials import SigningCredentials
from ecabinet.client.vault import KeyringSecrets
from ecabinet.pdf.cms import sign_detached, verify_detached
from ecabinet.pdf.signing import SignerSource
from ecabinet.ui.signing import CredentialsDialog, SigningRunner

PASS = "demo"


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture
def credentials(tmp_path: Path) -> SigningCredentials:
    return SigningCredentials(tmp_path / "signing", KeyringSecrets("https://ecabinet.test", "default:u1"))


def _job(threads: list[str]):  # type: ignore[no-untyped-def]
    def job(source: SignerSource) -> bytes:
        threads.append(threading.current_thread().name)
        return sign_detached(b"the canonical answer", source)

    return job


def test_first_signature_sets_up_the_certificate_then_asks_and_signs_off_the_gui_thread(
    qtbot, credentials: SigningCredentials, pki: DemoPki, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    p12 = tmp_path / "secretary.p12"
    p12.write_bytes(pki.secretary.pkcs12(PASS))
    runner = SigningRunner(lambda: credentials, parent)
    results: list[bytes] = []
    errors: list[BaseException] = []
    threads: list[str] = []
    runner.sign(_job(threads), what="Answer to question 1", done=results.append, failed=errors.append)
    dialog = runner.credentials_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.file_edit.setText(str(p12))
    dialog.passphrase_edit.setText("wrong")
    dialog.save()
    assert dialog.isVisible() and "passphrase" in dialog.error_label.text()  # stays open, says why
    dialog.passphrase_edit.setText(PASS)
    dialog.save()  # not remembered: the signature asks for it
    qtbot.waitUntil(lambda: runner.secret_dialog is not None)
    prompt = runner.secret_dialog
    assert prompt is not None and prompt.what_label.text() == "Answer to question 1"
    prompt.secret_edit.setText(PASS)
    prompt.remember_box.setChecked(True)
    prompt.accept()
    qtbot.waitUntil(lambda: bool(results or errors), timeout=20_000)
    assert not errors and threads and threads[0] != threading.main_thread().name
    assert verify_detached(b"the canonical answer", results[0], [pki.root_pem]).ok
    # Remembered now: the next signature asks nothing.
    runner.sign(_job(threads), what="again", done=results.append, failed=errors.append)
    assert runner.secret_dialog is None
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)


def test_a_wrong_passphrase_asks_again_and_cancel_signs_nothing(
    qtbot, credentials: SigningCredentials, pki: DemoPki
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    credentials.import_pkcs12(pki.chair.pkcs12(PASS), PASS, remember=False)
    runner = SigningRunner(lambda: credentials, parent)
    results: list[bytes] = []
    errors: list[BaseException] = []
    runner.sign(_job([]), what="Minutes", done=results.append, failed=errors.append)
    assert runner.secret_dialog is not None
    runner.secret_dialog.secret_edit.setText("nope")
    runner.secret_dialog.accept()
    qtbot.waitUntil(lambda: runner.secret_dialog is not None and runner.secret_dialog.problem_label.isVisible())
    assert "passphrase" in runner.secret_dialog.problem_label.text() and not results and not errors
    runner.secret_dialog.reject()
    qtbot.wait(100)
    assert runner.secret_dialog is None and not results and not errors
    info = credentials.info()
    assert info is not None and not info.remembers_secret


def test_the_certificate_dialog_shows_whose_certificate_it_is(
    qtbot, credentials: SigningCredentials, pki: DemoPki, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    credentials.import_pkcs12(pki.secretary.pkcs12(PASS), PASS, remember=True)
    dialog = CredentialsDialog(credentials)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.current_label.text()
    assert "Phạm Thư Ký" in text and pki.secretary.fingerprint[:4].upper() in text
    dialog.grab().save(str(tmp_path / "credentials.png"))
    dialog.forget()
    assert credentials.info() is None and "No signing certificate" in dialog.current_label.text()


def test_settings_offer_the_certificate_once_signed_in(qtbot, make_window, demo_server: str, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    from ui_flows import sign_in_and_sync

    window = make_window(server_url=demo_server)
    dialog = window.open_settings()
    assert not dialog.certificate_button.isVisible()  # nobody signed in: nothing to set up
    dialog.reject()
    sign_in_and_sync(qtbot, window, "minister2")
    dialog = window.open_settings()
    assert dialog.certificate_button.isVisible() and "None on this device" in dialog.certificate_value.text()
    dialog.certificate_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, CredentialsDialog) and w.isVisible() for w in top_level_widgets()))
    credentials = window.signing_credentials()
    assert credentials is not None
    credentials.import_pkcs12(pki.chair.pkcs12(PASS), PASS, remember=False)
    dialog = window.open_settings()
    assert "Nguyễn Văn An" in dialog.certificate_value.text() and dialog.certificate_button.text() == "Change…"
    dialog.reject()


def top_level_widgets() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def test_the_demo_offers_the_demo_users_certificate(qtbot, make_window, demo_server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui_flows import sign_in_and_sync

    window = make_window(server_url=demo_server)
    (tmp_path / "pki").mkdir()
    (tmp_path / "pki" / "minister3.p12").write_bytes(b"demo file")
    window.demo_pki = {"directory": str(tmp_path / "pki"), "passphrase": "demo", "token": None}
    sign_in_and_sync(qtbot, window, "minister3")
    dialog = window.open_certificate()
    assert dialog is not None
    assert dialog.file_edit.text() == str(tmp_path / "pki" / "minister3.p12")
    assert dialog.hint_label.isVisible() and "“demo”" in dialog.hint_label.text()
    dialog.reject()


def test_the_demo_chair_signs_with_the_softhsm_token(qtbot, make_window, demo_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Chapter 6 of the demo story: the chair's key is on a token; the app offers it and asks for the PIN."""
    import softhsm
    from support import live_server

    if softhsm.skip_reason() is not None:
        pytest.skip(softhsm.skip_reason() or "")
    pki = demo_settings.data_dir / "pki"
    config = pki / "softhsm" / "softhsm2.conf"
    if not config.is_file():
        pytest.skip("the demo seed made no SoftHSM2 token here")
    with live_server(demo_settings) as url:
        window = make_window(server_url=url)
        window.demo_pki = {
            "directory": str(pki),
            "passphrase": "demo",
            "token": {
                "module": softhsm.MODULE,
                "config": str(config),
                "token_label": "ecabinet-demo",
                "key_label": "chair",
                "pin": softhsm.PIN,
                "username": "chair",
                "ca_chain": [str(pki / "signing-ca.pem")],
            },
        }
        from ui_flows import sign_in_and_sync

        sign_in_and_sync(qtbot, window, "chair")
        results: list[bytes] = []
        errors: list[BaseException] = []
        window.signing_runner.sign(
            lambda source: sign_detached(b"the ballot", source), what="test", done=results.append, failed=errors.append
        )
        dialog = window.signing_runner.credentials_dialog
        assert dialog is not None and dialog.pages.currentIndex() == 1  # the token page, filled in
        assert dialog.token_edit.text() == "ecabinet-demo" and "PIN is 123456" in dialog.hint_label.text()
        softhsm._reload_module()  # this test process may have loaded SoftHSM with another folder before
        dialog.pin_edit.setText(softhsm.PIN)
        dialog.save()
        qtbot.waitUntil(lambda: window.signing_runner.secret_dialog is not None, timeout=10_000)
        window.signing_runner.secret_dialog.secret_edit.setText(softhsm.PIN)
        window.signing_runner.secret_dialog.accept()
        qtbot.waitUntil(lambda: bool(results or errors), timeout=20_000)
        assert not errors, errors
        roots = [(pki / "root-ca.pem").read_bytes()]
        assert verify_detached(b"the ballot", results[0], roots).ok
        info = window.signing_credentials().info()
        assert info is not None and info.kind == "pkcs11" and info.subject == "Nguyễn Văn An"
