"""A SoftHSM2 token for tests (Debian's softhsm2 and opensc): a signing key and its certificate on a token.

Used by the PDF signing tests and the app's certificate tests; `skip_reason()` says why it cannot run here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pki import IssuedCertificate

from ecabinet.pdf.signing import pkcs11_available

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
MODULE = next((path for path in MODULE_CANDIDATES if Path(path).exists()), None)
PIN = "123456"


def skip_reason() -> str | None:
    if not pkcs11_available():
        return "python-pkcs11 (pyHanko's pkcs11 extra) is not installed"
    if MODULE is None or shutil.which("softhsm2-util") is None:
        return "SoftHSM2 is not installed (apt softhsm2)"
    if shutil.which("pkcs11-tool") is None:
        return "pkcs11-tool is not installed (apt opensc)"
    return None


def _reload_module() -> None:
    """SoftHSM reads SOFTHSM2_CONF when it is initialised, and python-pkcs11 keeps one loaded module per
    process: re-initialise it so a second token folder in the same test run is seen."""
    import pkcs11

    loaded = getattr(pkcs11, "_loaded", {})
    if MODULE in loaded:
        loaded[MODULE].reinitialize()


@contextmanager
def softhsm_token(folder: Path, label: str, holder: IssuedCertificate, key_label: str) -> Iterator[str]:
    """A token `label` in `folder` with `holder`'s key and certificate (id 01, `key_label`); yields its config
    path, set as SOFTHSM2_CONF for the duration."""
    (folder / "tokens").mkdir(parents=True)
    config = folder / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)
    key = folder / "key.pem"
    key.write_bytes(holder.key_pem())
    cert = folder / "cert.der"
    cert.write_bytes(holder.der)

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, env=os.environ.copy())

    try:
        run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", "654321")
        run("softhsm2-util", "--import", str(key), "--token", label, "--label", key_label, "--id", "01", "--pin", PIN)
        assert MODULE is not None
        run(
            "pkcs11-tool", "--module", MODULE, "--token-label", label, "--login", "--pin", PIN,
            "--write-object", str(cert), "--type", "cert", "--id", "01", "--label", key_label,
        )  # fmt: skip
        key.unlink()
        _reload_module()
        yield str(config)
    finally:
        if previous is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = previous
