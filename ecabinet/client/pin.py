"""The app PIN: a short code that guards an unlocked session on a shared or unattended tablet.

A PIN is weak against an attacker with the disk, so it protects nothing by itself: the data key stays
wrapped by the server's grant (see vault.py). What the PIN adds is a quick unlock after the idle lock, and
a limit: after a few wrong tries the session ends and only a full online sign-in opens the data again.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ecabinet.client.store import Store

MAX_TRIES = 5
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class PinError(Exception):
    code = "pin_error"


class WrongPin(PinError):
    code = "wrong_pin"

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"Wrong PIN; {tries_left} tries left.")
        self.tries_left = tries_left


class PinLockedOut(PinError):
    """Too many wrong PINs: sign in again with the password (online)."""

    code = "pin_locked_out"


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 12


def set_pin(store: Store, pin: str) -> None:
    if not valid_pin(pin):
        raise PinError("A PIN has 4 to 12 digits.")
    digest = _HASHER.hash(pin)
    store.write(lambda conn: (Store.set_meta(conn, "pin_hash", digest), Store.set_meta(conn, "pin_failures", "0")))


def has_pin(store: Store) -> bool:
    return store.get_meta("pin_hash") is not None


def check_pin(store: Store, pin: str) -> None:
    """Return quietly for the right PIN; count and raise otherwise."""
    stored = store.get_meta("pin_hash")
    failures = int(store.get_meta("pin_failures", "0") or 0)
    if stored is None:
        raise PinError("No PIN is set.")
    if failures >= MAX_TRIES:
        raise PinLockedOut("Too many wrong PINs. Sign in with your password.")
    try:
        _HASHER.verify(stored, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        failures += 1
        store.write(lambda conn: Store.set_meta(conn, "pin_failures", str(failures)))
        if failures >= MAX_TRIES:
            raise PinLockedOut("Too many wrong PINs. Sign in with your password.") from None
        raise WrongPin(MAX_TRIES - failures) from None
    store.write(lambda conn: Store.set_meta(conn, "pin_failures", "0"))


def clear_pin(store: Store) -> None:
    store.write(lambda conn: (Store.set_meta(conn, "pin_hash", None), Store.set_meta(conn, "pin_failures", None)))
