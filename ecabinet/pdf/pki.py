"""A small certificate authority for demos and tests: root, intermediate, signers, a timestamp authority.

`ecabinet cert demo` and the tests need signing certificates that behave like a government CA's: a chain
root -> intermediate -> person, key usage digitalSignature + nonRepudiation (pyHanko wants nonRepudiation by
default) and either no extended key usage or one that includes emailProtection (NSS, and so poppler's
``pdfsig``, rejects a certificate whose only EKU is codeSigning or documentSigning). Made with `cryptography`
only, so nothing has to run in the background; CRLs are issued as bytes and handed to validation directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["CertificateAuthority", "IssuedCertificate", "cert_fingerprint", "new_authority"]

_KEY_SIZE = 2048


def cert_fingerprint(certificate: x509.Certificate | bytes) -> str:
    """SHA-256 of the certificate's DER bytes, lowercase hex: how eCabinet names an enrolled certificate."""
    if isinstance(certificate, bytes):
        certificate = _load_certificate(certificate)
    return certificate.fingerprint(hashes.SHA256()).hex()


def _load_certificate(data: bytes) -> x509.Certificate:
    if data.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def _name(common_name: str, organization: str, country: str = "VN") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate with its private key and the chain above it (issuer first, root last)."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def fingerprint(self) -> str:
        return cert_fingerprint(self.certificate)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def key_der(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def pkcs12(self, passphrase: str, *, friendly_name: str = "signing key") -> bytes:
        """A .p12 file with the key, the certificate and the chain (roots included, as CAs hand them out)."""
        return pkcs12.serialize_key_and_certificates(
            friendly_name.encode(),
            self.key,
            self.certificate,
            list(self.chain) or None,
            serialization.BestAvailableEncryption(passphrase.encode()),
        )


@dataclass
class CertificateAuthority:
    """One CA (root or intermediate) that issues certificates and CRLs."""

    issued: IssuedCertificate
    revoked: list[tuple[int, dt.datetime]] = field(default_factory=list)

    @property
    def certificate(self) -> x509.Certificate:
        return self.issued.certificate

    def _builder(
        self, subject: x509.Name, public_key: rsa.RSAPublicKey, not_before: dt.datetime, not_after: dt.datetime
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.certificate.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.issued.key.public_key()), critical=False
            )
        )

    def _chain(self) -> tuple[x509.Certificate, ...]:
        return (self.certificate, *self.issued.chain)

    def issue_ca(
        self, common_name: str, organization: str, *, now: dt.datetime | None = None, years: int = 20
    ) -> CertificateAuthority:
        """An intermediate CA below this one."""
        now = now or _now()
        key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)
        builder = (
            self._builder(_name(common_name, organization), key.public_key(), now, now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_ca_key_usage(), critical=True)
        )
        certificate = builder.sign(self.issued.key, hashes.SHA256())
        return CertificateAuthority(IssuedCertificate(certificate, key, self._chain()))

    def issue_signer(
        self,
        common_name: str,
        organization: str,
        *,
        email: str | None = None,
        now: dt.datetime | None = None,
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
        non_repudiation: bool = True,
        extended_key_usage: Sequence[x509.ObjectIdentifier] | None = (ExtendedKeyUsageOID.EMAIL_PROTECTION,),
    ) -> IssuedCertificate:
        """A person's signing certificate (digitalSignature + nonRepudiation, EKU emailProtection)."""
        now = now or _now()
        key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)
        builder = (
            self._builder(
                _name(common_name, organization),
                key.public_key(),
                not_before or now - dt.timedelta(hours=1),
                not_after or now + dt.timedelta(days=3 * 365),
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=non_repudiation,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        )
        if extended_key_usage:
            builder = builder.add_extension(x509.ExtendedKeyUsage(list(extended_key_usage)), critical=False)
        if email:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        certificate = builder.sign(self.issued.key, hashes.SHA256())
        return IssuedCertificate(certificate, key, self._chain())

    def issue_timestamp_authority(
        self, common_name: str, organization: str, *, now: dt.datetime | None = None, years: int = 10
    ) -> IssuedCertificate:
        """A TSA certificate: the only EKU is timeStamping, and it is critical (RFC 3161); valid `years`."""
        now = now or _now()
        key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)
        builder = (
            self._builder(
                _name(common_name, organization),
                key.public_key(),
                now - dt.timedelta(hours=1),
                now + dt.timedelta(days=years * 365),
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        )
        certificate = builder.sign(self.issued.key, hashes.SHA256())
        return IssuedCertificate(certificate, key, self._chain())

    def revoke(self, certificate: x509.Certificate, *, when: dt.datetime | None = None) -> None:
        """List a certificate on this CA's next CRL."""
        self.revoked.append((certificate.serial_number, when or _now()))

    def crl(self, *, now: dt.datetime | None = None, days: int = 7) -> bytes:
        """A DER CRL signed by this CA, valid for `days` from `now`."""
        now = now or _now()
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.certificate.subject)
            .last_update(now - dt.timedelta(minutes=5))
            .next_update(now + dt.timedelta(days=days))
            .add_extension(x509.CRLNumber(len(self.revoked) + 1), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.issued.key.public_key()), critical=False
            )
        )
        for serial, when in self.revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
            )
        return builder.sign(self.issued.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_authority(
    common_name: str, organization: str, *, now: dt.datetime | None = None, years: int = 30
) -> CertificateAuthority:
    """A self-signed root CA."""
    now = now or _now()
    key = rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)
    subject = _name(common_name, organization)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CertificateAuthority(IssuedCertificate(certificate, key, ()))
