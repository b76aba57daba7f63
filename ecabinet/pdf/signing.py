"""Sign PDFs (the minutes) with pyHanko: PAdES B-B offline, B-T with a timestamp authority, B-LT and B-LTA.

Officials sign from a PKCS#12 file or a PKCS#11 token (USB tokens are how government CAs hand out keys);
both are a `SignerSource`, so there is one signing path. Signatures are approval signatures (never a
certification that would forbid the next signer), each an incremental update into a signature field that
exists before the first signature, so the first revision - the unsigned minutes whose hash the server
recorded - stays byte for byte in every signed version.

Every failure a user can cause (wrong passphrase, wrong PIN, cancelled PIN prompt, expired certificate,
certificate without a signing key usage, a field that is missing or already signed) raises `SigningError`
with a stable ``code``; nothing is written then. Callers that write files should write the returned bytes
to a temporary name and rename it (see `write_atomically`).
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import abc
import datetime as dt
import hashlib
import html
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import content, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, BoxConstraints, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.validation import add_validation_info
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext

from ecabinet.pdf.fonts import font_set

__all__ = [
    "Pkcs11Source",
    "Pkcs12Source",
    "SignatureStamp",
    "SignerSource",
    "SigningError",
    "add_signature_fields",
    "extend_to_lt",
    "extend_to_lta",
    "first_revision_length",
    "pkcs11_available",
    "sign_pdf",
    "unsigned_hash",
    "write_atomically",
]

FieldSpec = tuple[str, int, tuple[float, float, float, float]]
PinSource = str | Callable[[], str | None]


class SigningError(Exception):
    """Signing did not happen; ``code`` is stable (the apps translate it), the message is English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------------------------------
# Unsigned file: fields and its hash
# --------------------------------------------------------------------------------------


def unsigned_hash(pdf_bytes: bytes) -> str:
    """SHA-256 (hex) of the unsigned file; every signed version must start with exactly these bytes."""
    return hashlib.sha256(pdf_bytes).hexdigest()


def first_revision_length(pdf_bytes: bytes) -> int:
    """Length of the first revision: up to and including the end of line after its first ``%%EOF``."""
    index = pdf_bytes.find(b"%%EOF")
    if index < 0:
        raise ValueError("not a PDF file: no %%EOF")
    end = index + len(b"%%EOF")
    while end < len(pdf_bytes) and pdf_bytes[end : end + 1] in (b"\r", b"\n"):
        end += 1
    return end


def add_signature_fields(pdf_bytes: bytes, signers_: Sequence[FieldSpec]) -> bytes:
    """Append an empty signature field for every expected signer, as one incremental update.

    ``signers_`` is ``(field_name, page index, (x0, y0, x1, y1) in PDF user space)`` per signer, in
    signing order. The same input gives the same bytes: the second half of the /ID, which pyHanko
    would draw at random, is derived from the input, so the server can regenerate the file and compare.
    """
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    digest = hashlib.sha256(pdf_bytes)
    for name, page, rect in signers_:
        digest.update(f"{name}|{page}|{rect}".encode())
        box = tuple(round(value) for value in rect)
        fields.append_signature_field(
            writer,
            fields.SigFieldSpec(sig_field_name=name, on_page=page, box=box),  # type: ignore[arg-type]
        )
    first_id = writer.document_id[0]
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(first_id), generic.ByteStringObject(digest.digest()[:16])]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------
# Where the key is
# --------------------------------------------------------------------------------------


class SignerSource(abc.ABC):
    """Where a signing key lives; `open` yields a pyHanko signer for the time of one signature."""

    @abc.abstractmethod
    @contextmanager
    def open(self) -> Iterator[signers.Signer]:
        """The signer; raises `SigningError` (wrong passphrase or PIN, cancelled prompt, no token)."""


@dataclass
class Pkcs12Source(SignerSource):
    """A .p12/.pfx file's bytes and its passphrase (None: the file is not encrypted)."""

    data: bytes
    passphrase: str | bytes | None

    @contextmanager
    def open(self) -> Iterator[signers.Signer]:
        passphrase = self.passphrase.encode() if isinstance(self.passphrase, str) else self.passphrase
        try:
            signer = signers.SimpleSigner.load_pkcs12_data(self.data, other_certs=(), passphrase=passphrase)
        except ValueError as error:
            raise SigningError(
                "wrong_passphrase", "The certificate file could not be opened: wrong passphrase or damaged file."
            ) from error
        if signer is None or signer.signing_cert is None:  # older pyHanko returned None on a wrong passphrase
            raise SigningError("wrong_passphrase", "The certificate file could not be opened.")
        yield signer


def pkcs11_available() -> bool:
    """Whether python-pkcs11 (pyHanko's ``pkcs11`` extra) is installed."""
    try:
        import pkcs11  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Pkcs11Source(SignerSource):
    """A key on a PKCS#11 token (a USB token; SoftHSM2 in tests).

    ``pin`` is the user PIN or a callable that asks for it (returns None when the user cancels: no
    session is opened then). The key and certificate are found by label or id on the token.
    """

    module_path: str
    token_label: str | None
    pin: PinSource
    key_label: str | None = None
    cert_label: str | None = None
    key_id: bytes | None = None
    slot: int | None = None
    ca_chain: Sequence[bytes] = ()  # DER/PEM issuer certificates to embed when the token lacks them

    @contextmanager
    def open(self) -> Iterator[signers.Signer]:
        if not pkcs11_available():
            raise SigningError("pkcs11_unavailable", "Token support is not installed (python-pkcs11).")
        import pkcs11 as p11
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign import pkcs11 as hanko_pkcs11

        pin = self.pin() if callable(self.pin) else self.pin
        if pin is None:
            raise SigningError("pin_cancelled", "Signing was cancelled at the PIN prompt.")
        criteria = TokenCriteria(label=self.token_label) if self.token_label else None
        try:
            session = hanko_pkcs11.open_pkcs11_session(
                self.module_path, slot_no=self.slot, token_criteria=criteria, user_pin=pin
            )
        except p11.exceptions.PinIncorrect as error:
            raise SigningError("wrong_pin", "The token refused the PIN.") from error
        except p11.exceptions.PinLocked as error:
            raise SigningError("pin_locked", "The token is locked: too many wrong PINs.") from error
        except (p11.exceptions.PKCS11Error, HankoSigningError, OSError, RuntimeError) as error:
            raise SigningError("token_unavailable", f"The signing token could not be opened: {error}") from error
        try:
            yield hanko_pkcs11.PKCS11Signer(
                session,
                cert_label=self.cert_label,
                key_label=self.key_label,
                key_id=self.key_id,
                cert_id=self.key_id if self.cert_label is None else None,
                ca_chain=[_asn1_certificate(data) for data in self.ca_chain] or None,
            )
        finally:
            session.close()


def _asn1_certificate(data: bytes) -> asn1_x509.Certificate:
    from asn1crypto import pem

    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


# --------------------------------------------------------------------------------------
# The visible stamp
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureStamp:
    """What the signature's box shows: name, role and a line such as "Signed 2027-05-03 10:42 UTC"."""

    name: str
    role: str
    signed_line: str


class _PdfBytesPage(content.PdfContent):
    """A page of an in-memory PDF as the stamp's picture (pyHanko's own class reads a file)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
        name = "/ImportStamp"
        self.resources.xobject[name] = xobject
        x0, y0, x1, y1 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x0), height=abs(y1 - y0))
        return name.encode() + b" Do"


def _stamp_pdf(stamp: SignatureStamp, width: float, height: float) -> bytes:
    """The stamp drawn by PyMuPDF (HarfBuzz shaping, embedded Noto fonts): Vietnamese and Lao come out right.

    pyHanko's own text stamps would need its ``opentype`` extra for anything beyond Latin-1.
    """
    fonts = font_set()
    archive = pymupdf.Archive()
    for name, data in fonts.archive_entries().items():
        archive.add(data, name)
    css = (
        fonts.css()
        + " body {font-family: sans, lao; font-size: 9pt; margin: 0; color: #1f3864; text-align: center;}"
        + " .lo {font-family: lao;} p {margin: 0 0 2pt 0;} .name {font-weight: bold; font-size: 10pt;}"
    )

    def text(value: str) -> str:
        lao = any("\u0e80" <= ch <= "\u0eff" for ch in value)
        return f"<span class='lo'>{html.escape(value)}</span>" if lao else html.escape(value)

    body = f"<p class='name'>{text(stamp.name)}</p><p>{text(stamp.role)}</p><p>{text(stamp.signed_line)}</p>"
    document = pymupdf.open()
    try:
        page = document.new_page(width=width, height=height)
        page.insert_htmlbox(pymupdf.Rect(4, 4, width - 4, height - 4), body, css=css, archive=archive, scale_low=0)
        document.subset_fonts()
        return bytes(document.tobytes(garbage=3, deflate=True))
    finally:
        document.close()


def _field_box(pdf_bytes: bytes, field_name: str) -> tuple[float, float] | None:
    """Width and height of an existing signature field, or None when there is no such empty field."""
    reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    for name, value, ref in fields.enumerate_sig_fields(reader, filled_status=None):
        if name != field_name:
            continue
        if value is not None:
            raise SigningError("field_already_signed", f"The signature field {field_name} is already signed.")
        rect = ref.get_object().get("/Rect")
        if rect is None:
            return (0.0, 0.0)
        x0, y0, x1, y1 = (float(v) for v in rect)
        return abs(x1 - x0), abs(y1 - y0)
    return None


# --------------------------------------------------------------------------------------
# Signing
# --------------------------------------------------------------------------------------


def _certificate_problems(certificate: asn1_x509.Certificate, now: dt.datetime) -> None:
    validity = certificate["tbs_certificate"]["validity"]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    if now < not_before:
        raise SigningError("certificate_not_yet_valid", "The signing certificate is not valid yet.")
    if now > not_after:
        raise SigningError("certificate_expired", "The signing certificate has expired.")
    usage = certificate.key_usage_value
    names = set(usage.native) if usage is not None else set()
    if not {"digital_signature", "non_repudiation"} & names:
        raise SigningError("certificate_not_for_signing", "The certificate may not be used to sign documents.")


def _timestamper(timestamper: str | timestamps.TimeStamper | None) -> timestamps.TimeStamper | None:
    if timestamper is None or isinstance(timestamper, timestamps.TimeStamper):
        return timestamper
    return timestamps.HTTPTimeStamper(timestamper, timeout=20)


def sign_pdf(
    pdf_bytes: bytes,
    field_name: str,
    signer: SignerSource,
    *,
    reason: str,
    location: str,
    timestamper: str | timestamps.TimeStamper | None = None,
    stamp: SignatureStamp | None = None,
    signer_name: str | None = None,
) -> bytes:
    """Sign the empty field ``field_name`` as an incremental update; return the signed file.

    PAdES baseline B-B; with a ``timestamper`` (a TSA URL or a pyHanko `TimeStamper`) B-T. The
    certificate chain in the token or file is embedded. ``stamp`` draws name, role and time in the field.
    Raises `SigningError` with a stable code; the input is never modified.
    """
    box = _field_box(pdf_bytes, field_name)
    if box is None:
        raise SigningError("field_missing", f"The document has no signature field {field_name}.")
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=signer_name,
        certify=False,
    )
    style = None
    if stamp is not None and box[0] > 8 and box[1] > 8:
        style = StaticStampStyle(
            background=_PdfBytesPage(_stamp_pdf(stamp, box[0], box[1])),
            background_layout=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MID,
                y_align=AxisAlignment.ALIGN_MID,
            ),
            background_opacity=1.0,
            border_width=0,
        )
    with signer.open() as hanko_signer:
        certificate = hanko_signer.signing_cert
        if certificate is None:
            raise SigningError("certificate_missing", "No certificate was found for the signing key.")
        _certificate_problems(certificate, dt.datetime.now(dt.UTC))
        pdf_signer = signers.PdfSigner(metadata, hanko_signer, timestamper=_timestamper(timestamper), stamp_style=style)
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, existing_fields_only=True, output=out)
        except timestamps.TimestampRequestError as error:
            raise SigningError("timestamp_failed", f"The timestamp authority did not answer: {error}") from error
        except HankoSigningError as error:
            raise SigningError("signing_failed", f"Signing failed: {error}") from error
        except Exception as error:  # a token can fail in many ways mid-signature (removed, PIN expired)
            if type(error).__module__.startswith("pkcs11"):
                raise SigningError("token_failed", f"The token could not sign: {error!r}") from error
            raise
    return out.getvalue()


def _embedded_signatures(pdf_bytes: bytes) -> list[EmbeddedPdfSignature]:
    return list(PdfFileReader(io.BytesIO(pdf_bytes), strict=False).embedded_regular_signatures)


def extend_to_lt(pdf_bytes: bytes, validation_context: ValidationContext) -> bytes:
    """Bring signed PDF to B-LT: add the certificates, CRLs and OCSP answers of every signature to the DSS.

    ``validation_context`` holds the trust roots and the revocation data (or may fetch it). The server
    calls this when a timestamp authority is configured, after each accepted signature.
    """
    signatures = _embedded_signatures(pdf_bytes)
    if not signatures:
        raise SigningError("not_signed", "The document has no signature.")
    current = pdf_bytes
    for index in range(len(signatures)):
        signature = _embedded_signatures(current)[index]
        out = add_validation_info(signature, validation_context, output=io.BytesIO())
        current = out.getvalue()
    return current


def extend_to_lta(
    pdf_bytes: bytes,
    timestamper: str | timestamps.TimeStamper,
    validation_context: ValidationContext,
    *,
    field_name: str | None = None,
) -> bytes:
    """Add the validation data and a document timestamp (B-LTA); run again before the TSA certificate expires."""
    stamper = _timestamper(timestamper)
    assert stamper is not None
    current = extend_to_lt(pdf_bytes, validation_context)
    writer = IncrementalPdfFileWriter(io.BytesIO(current), strict=False)
    out = io.BytesIO()
    signers.PdfTimeStamper(stamper, field_name=field_name).timestamp_pdf(
        writer, "sha256", validation_context, output=out
    )
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary name beside ``path`` and rename: a failure leaves no half-written file."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
