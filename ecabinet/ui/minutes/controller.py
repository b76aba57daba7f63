"""The minutes' link to the server: every call in the background, every answer as a signal.

The controller keeps the minutes as the server last described them (`minutes`, with their `version`) and
sends that version with every edit, so a colleague's save is never overwritten: the second writer gets
`conflict(newer minutes)` and the page shows their text beside what was typed, which stays in the boxes.

Signing is three steps with a person in the middle: `fetch_pdf` brings the newest version (unsigned, or
signed by the earlier signers), the page signs it through `SigningRunner` with `signing_job` (off the GUI
thread), and `upload_signed` hands the result to the server, which validates it and accepts or refuses with
a reason (`sign_refused`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Signal

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import ApiError
from ecabinet.pdf.minutes import minutes_translation
from ecabinet.pdf.signing import SignatureStamp, SignerSource, SigningError, sign_pdf
from ecabinet.ui.operations import BackgroundRunner

if TYPE_CHECKING:
    from ecabinet.client.credentials import SigningCredentials
    from ecabinet.client.engine import Engine

__all__ = ["MinutesController", "MySignature", "my_signature", "signing_job"]

#: What a signature says it is for (pyHanko's /Reason); the stamp and the PDF's own block say who and when.
SIGNING_REASON: Final = "Minutes approved"
_ROLE_WORDS: Final = {"secretary": "Secretary", "chair": "Chair", "member": "Member"}


@dataclass(frozen=True)
class MySignature:
    """The signed-in person's place among the signers: their field, and whether it is their turn."""

    field: str
    role: str
    name: str
    my_turn: bool
    waiting_for: tuple[str, ...]  # names of earlier signers who have not signed yet


def my_signature(minutes: Mapping[str, Any] | None, user_id: str | None) -> MySignature | None:
    """Whether I still have to sign these minutes, and whether the earlier signers have (None: nothing to sign)."""
    if not minutes or not user_id or minutes.get("state") not in ("final", "signing"):
        return None
    earlier: list[str] = []
    for signer in minutes.get("signers") or []:
        if signer.get("user_id") == user_id and not signer.get("signed_at"):
            return MySignature(
                field=str(signer.get("field") or ""),
                role=str(signer.get("role") or ""),
                name=str(signer.get("name") or ""),
                my_turn=not earlier,
                waiting_for=tuple(earlier),
            )
        if not signer.get("signed_at"):
            earlier.append(str(signer.get("name") or ""))
    return None


def signing_job(
    pdf: bytes,
    signature: MySignature,
    *,
    language: str,
    location: str,
    timestamp_url: str | None,
    now: dt.datetime | None = None,
) -> Callable[[SignerSource], bytes]:
    """What `SigningRunner` runs off the GUI thread: sign my field of ``pdf`` with the key it opens.

    The visible stamp shows my name, my role in the minutes' language and the local time. With a timestamp
    authority the signature is B-T; if the authority does not answer (offline), the signature is made without
    it (B-B) rather than not at all - the server adds validation data when it accepts the file.
    """
    when = (now or dt.datetime.now()).astimezone()
    offset = when.strftime("%z")
    stamp = SignatureStamp(
        name=signature.name,
        role=minutes_translation(language)(_ROLE_WORDS.get(signature.role, "Member")),
        signed_line=f"{when:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})",
    )

    def job(source: SignerSource) -> bytes:
        def sign(timestamper: str | None) -> bytes:
            return sign_pdf(
                pdf,
                signature.field,
                source,
                reason=SIGNING_REASON,
                location=location,
                timestamper=timestamper,
                stamp=stamp,
                signer_name=signature.name or None,
            )

        if timestamp_url:
            try:
                return sign(timestamp_url)
            except SigningError as error:
                if error.code != "timestamp_failed":
                    raise
        return sign(None)

    return job


class MinutesController(QObject):
    """Loads and changes one meeting's minutes; the Minutes page listens to its signals."""

    minutes_loaded = Signal(object)  # the minutes view (GET /api/meetings/{id}/minutes)
    saved = Signal(object)  # the minutes view after a save
    conflict = Signal(object)  # someone else saved meanwhile: the newer minutes view
    failed = Signal(str, object)  # (what was tried, exception)
    busy_changed = Signal(bool)
    pdf_loaded = Signal(str, object)  # (sha256, bytes) of the newest version
    signed_accepted = Signal(object)  # the minutes view after my signature was accepted
    sign_refused = Signal(object)  # the server's refusal (ApiError with the reason's code)
    minutes_changed = Signal()  # something reached the server: the document feed has news (sync soon)

    def __init__(self, engine: Callable[[], Engine | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._runner = BackgroundRunner(self, max_threads=2)
        self.meeting_id: str | None = None
        self.minutes: dict[str, Any] | None = None
        self._busy = 0
        self._generation = 0  # answers for a meeting left meanwhile are dropped

    # -- who and with what ------------------------------------------------------------------------------------

    def api(self) -> ApiClient | None:
        engine = self.engine()
        return engine.api if engine is not None else None

    @property
    def user_id(self) -> str | None:
        engine = self.engine()
        user = engine.user if engine is not None else None
        return str(user["id"]) if user and user.get("id") else None

    def credentials(self) -> SigningCredentials | None:
        """The signed-in user's signing certificate on this device (for `SigningRunner`)."""
        engine = self.engine()
        if engine is None:
            return None
        try:
            return engine.credentials
        except Exception:  # locked or signed out
            return None

    @property
    def busy(self) -> bool:
        return self._busy > 0

    # -- reading ----------------------------------------------------------------------------------------------

    def open(self, meeting_id: str) -> None:
        """Show ``meeting_id``'s minutes: forget the previous meeting's, load these."""
        if meeting_id != self.meeting_id:
            self._generation += 1
            self.minutes = None
        self.meeting_id = meeting_id
        self.load()

    def close(self) -> None:
        self._generation += 1
        self.meeting_id = None
        self.minutes = None

    def load(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id:
            self._call("load", lambda api: api.minutes(meeting_id), self._got_minutes)

    def fetch_pdf(self) -> None:
        """The newest version of the minutes PDF (checked against its SHA-256): `pdf_loaded(sha, bytes)`."""
        minutes = self.minutes or {}
        document_id, sha = minutes.get("document_id"), minutes.get("sha256")
        if not document_id or not sha:
            return

        def work(api: ApiClient) -> tuple[str, bytes]:
            engine = self.engine()
            try:  # the synced copy when this device has it: no download, works offline
                if engine is not None:
                    return str(sha), engine.open_document(str(sha))
            except Exception:  # not cached (yet), or the cache is locked: ask the server
                pass
            chunks: list[bytes] = []
            api.download(str(document_id), str(sha), offset=0, sink=chunks.append)
            data = b"".join(chunks)
            if hashlib.sha256(data).hexdigest() != sha:
                raise ApiError(0, "invalid_response", "the minutes PDF does not match its SHA-256")
            return str(sha), data

        self._call("pdf", work, lambda result: self.pdf_loaded.emit(result[0], result[1]))

    # -- the secretary's draft ----------------------------------------------------------------------------

    def save(self, changes: Mapping[str, Any]) -> None:
        """Decision texts (``{"decisions": {item id: html}}``) and ``general_remarks``, with the version check."""
        meeting_id, version, body = self.meeting_id, self._version(), dict(changes)
        if not meeting_id:
            return
        self._call("save", lambda api: api.update_minutes(meeting_id, body, version=version), self._got_saved)

    def set_signers(self, signers: list[tuple[str, str]]) -> None:
        meeting_id = self.meeting_id
        if meeting_id:
            chosen = list(signers)
            self._call("signers", lambda api: api.set_minutes_signers(meeting_id, chosen), self._got_minutes)

    def request_approval(self, user_ids: list[str]) -> None:
        meeting_id = self.meeting_id
        if meeting_id and user_ids:
            asked = list(user_ids)
            self._call("approvals", lambda api: api.request_minutes_approval(meeting_id, asked), self._got_minutes)

    def answer_approval(self, *, approve: bool, comment: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id:
            self._call(
                "approval",
                lambda api: api.answer_minutes_approval(meeting_id, approve=approve, comment=comment),
                self._got_minutes,
            )

    def finalise(self, changes: Mapping[str, Any] | None = None) -> None:
        """Save what is still unsaved (with the version check), then lay out the PDF with a field per signer."""
        meeting_id, version = self.meeting_id, self._version()
        body = dict(changes or {})
        if not meeting_id:
            return

        def work(api: ApiClient) -> dict[str, Any]:
            expected = version
            if body:
                expected = int(api.update_minutes(meeting_id, body, version=version).get("version") or 0)
            return api.finalise_minutes(meeting_id, version=expected or None)

        def done(minutes: dict[str, Any]) -> None:
            self._got_minutes(minutes)
            self.minutes_changed.emit()

        self._call("finalise", work, done)

    # -- signing ----------------------------------------------------------------------------------------------

    def upload_signed(self, pdf: bytes) -> None:
        """Hand my signed file to the server; `signed_accepted(minutes)` or `sign_refused(error)`."""
        meeting_id = self.meeting_id
        if not meeting_id:
            return

        def done(minutes: dict[str, Any]) -> None:
            self._got_minutes(minutes)
            self.signed_accepted.emit(minutes)
            self.minutes_changed.emit()

        def refused(error: BaseException) -> None:
            self.sign_refused.emit(error)
            self.load()  # someone may have signed meanwhile (minutes_outdated): show the newest state

        self._call("upload", lambda api: api.upload_signed_minutes(meeting_id, pdf), done, on_error=refused)

    # -- plumbing ---------------------------------------------------------------------------------------------

    def _version(self) -> int | None:
        version = (self.minutes or {}).get("version")
        return version if isinstance(version, int) else None

    def _got_minutes(self, minutes: dict[str, Any]) -> None:
        self.minutes = minutes
        self.minutes_loaded.emit(minutes)

    def _got_saved(self, minutes: dict[str, Any]) -> None:
        self.minutes = minutes
        self.saved.emit(minutes)
        self.minutes_changed.emit()

    def _on_conflict(self) -> None:
        """Fetch the newer minutes and hand them over as `conflict` (the page keeps what was typed)."""

        def got(minutes: dict[str, Any]) -> None:
            self.minutes = minutes
            self.conflict.emit(minutes)

        meeting_id = self.meeting_id
        if meeting_id:
            self._call("load", lambda api: api.minutes(meeting_id), got)

    def _call(
        self,
        what: str,
        work: Callable[[ApiClient], Any],
        done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        api = self.api()
        if api is None:
            return
        generation = self._generation
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

        def finished() -> bool:
            self._busy -= 1
            if self._busy == 0:
                self.busy_changed.emit(False)
            return generation == self._generation

        def succeeded(result: Any) -> None:
            if finished():
                done(result)

        def failed(error: BaseException) -> None:
            if not finished():
                return
            if isinstance(error, ApiError) and error.code == "version_conflict":
                self._on_conflict()
            elif on_error is not None:
                on_error(error)
            else:
                self.failed.emit(what, error)

        self._runner.start(lambda: work(api), on_success=succeeded, on_failure=failed)

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.wait_for_done(timeout_ms)
