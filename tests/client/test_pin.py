"""The app PIN: right PIN opens, wrong ones count down, too many lock out until a password sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecabinet.client.pin import MAX_TRIES, PinError, PinLockedOut, WrongPin, check_pin, clear_pin, has_pin, set_pin
from ecabinet.client.store import Store


def test_pin_rules(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(PinError):
        set_pin(store, "12a4")
    with pytest.raises(PinError):
        set_pin(store, "123")
    set_pin(store, "2468")
    assert has_pin(store)
    assert "2468" not in (store.get_meta("pin_hash") or "")
    check_pin(store, "2468")
    for left in range(MAX_TRIES - 1, 0, -1):
        with pytest.raises(WrongPin) as wrong:
            check_pin(store, "0000")
        assert wrong.value.tries_left == left
    with pytest.raises(PinLockedOut):
        check_pin(store, "0000")
    with pytest.raises(PinLockedOut):
        check_pin(store, "2468")  # even the right PIN: the password is needed now
    clear_pin(store)
    assert not has_pin(store)
    store.close()
